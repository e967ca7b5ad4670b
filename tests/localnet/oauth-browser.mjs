// Drives Debian's Chromium (headless, through playwright-core) over the local PDS's own
// OAuth sign-in and consent pages, as a person would: open the authorization URL, type
// the password, press Authorize (or "Deny access"), and follow the redirect back to the
// login's callback on 127.0.0.1.
//
//   node oauth-browser.mjs '{"url": "...", "password": "...", "action": "approve"}'
//
// action: "approve" or "deny". tamperCode: true replaces the authorization code in the
// redirect with one the PDS never issued (a failed token exchange).
// Prints one JSON line: {"callback": "<URL reached, code redacted>", "page": "<its text>"}.
import { chromium } from 'playwright-core'

const plan = JSON.parse(process.argv[2])
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  // The closed network refuses Chromium's own background connections: keep them off.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})
try {
  const page = await browser.newPage()
  page.setDefaultTimeout(30_000)
  const callback = /^http:\/\/127\.0\.0\.1:\d+\/callback\?/
  if (plan.tamperCode) {
    // The PDS redirects to the callback, and Playwright's routes skip redirected
    // requests; Chromium's own Fetch interception sees them.
    const cdp = await page.context().newCDPSession(page)
    cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
      const url = new URL(request.url)
      url.searchParams.set('code', `cod-${'0'.repeat(64)}`)
      cdp.send('Fetch.continueRequest', { requestId, url: url.toString() }).catch(() => {})
    })
    await cdp.send('Fetch.enable', { patterns: [{ urlPattern: 'http://127.0.0.1:*/callback?*' }] })
  }
  await page.goto(plan.url)
  // The handle is filled in from the login hint; the password is ours to type.
  await page.fill('input[type=password]', plan.password)
  await page.click('button[type=submit]')
  const name = plan.action === 'deny' ? 'Deny access' : 'Authorize'
  const button = page.getByRole('button', { name, exact: true })
  await button.waitFor()
  const [response] = await Promise.all([
    page.waitForResponse((r) => callback.test(r.url()), { timeout: 60_000 }),
    button.click(),
  ])
  await page.waitForLoadState('domcontentloaded')
  const reached = new URL(response.url())
  if (reached.searchParams.has('code')) reached.searchParams.set('code', '<redacted>')
  const text = (await page.textContent('body'))?.trim() ?? ''
  process.stdout.write(JSON.stringify({ callback: reached.toString(), status: response.status(), page: text }) + '\n')
} finally {
  await browser.close()
}
