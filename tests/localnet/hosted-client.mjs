// An MCP client of a hosted mcp-bluesky (`serve --hosted`), as a person's MCP client would
// be: the official TypeScript SDK with its OAuth support discovers the server, registers
// (dynamic client registration) or names itself by a Client ID Metadata Document, and sends the person through consent, which headless
// Chromium clicks: this server's handle page, then the person's own PDS's sign-in and
// Authorize. Every request goes to one of the instances in turn, as behind a load balancer.
//
//   node hosted-client.mjs '{"url": "https://mcp.hosted.internal:PORT/mcp",
//     "instances": ["127.0.0.2", "127.0.0.3"], "ca": "ca.pem",
//     "person": {"handle": "...", "password": "..."},
//     "calls": [{"name": "...", "arguments": {...}}], "probes": true}'
//
// Prints one JSON line: {"tools": [names], "calls": [{"instances", "result"}], "tokens": {...},
// "instancesUsed": [...], "probes": {...}, "state": {"sent", "returned"}}.
// With "probes", it also checks what the authorization server must refuse; with "deny": true
// the person refuses at their PDS and {"denied": {…what came back…}, "sentState"} is printed.
// With "document": {"cert", "key"}, the client registers nothing: it serves its metadata
// document (and broken ones, for "probes") over https on 127.0.0.1 and uses its URL as
// client_id; "documentUrl", "fetched" (reads by path) and "consentPage" are printed too.
import fs from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import { Agent, fetch as undiciFetch } from 'undici'
import { chromium } from 'playwright-core'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { UnauthorizedError } from '@modelcontextprotocol/sdk/client/auth.js'

const plan = JSON.parse(process.argv[2])
const url = new URL(plan.url)
const origin = url.origin
const ca = fs.readFileSync(plan.ca)

// One connection pool per instance, each resolving the domain to its own address.
const agents = plan.instances.map((address) => new Agent({
  connect: {
    ca,
    lookup: (_host, options, cb) => options?.all
      ? cb(null, [{ address, family: 4 }])
      : cb(null, address, 4),
  },
}))
let turn = 0
const instancesUsed = []
const alternating = (target, init) => {
  const i = turn++ % agents.length
  instancesUsed.push(plan.instances[i])
  return undiciFetch(target, { ...init, dispatcher: agents[i] })
}
const on = (i) => (target, init) => undiciFetch(target, { ...init, dispatcher: agents[i] })

// The client's redirect URI: a listener on loopback that keeps what comes back.
const arrivals = []
const callbackServer = http.createServer((req, res) => {
  const arrived = new URL(req.url, 'http://127.0.0.1')
  if (arrived.pathname === '/callback') arrivals.push(arrived) // not the browser's favicon request
  res.writeHead(200, { 'content-type': 'text/plain' }).end('back at the client')
})
await new Promise((ok) => callbackServer.listen(0, '127.0.0.1', ok))
const redirectUrl = `http://127.0.0.1:${callbackServer.address().port}/callback`
const clientMetadata = { client_name: 'hosted test client', redirect_uris: [redirectUrl],
  grant_types: ['authorization_code', 'refresh_token'], response_types: ['code'],
  token_endpoint_auth_method: 'none' }

// The client's metadata documents, served where the hosted server can fetch them.
const documents = {}
const fetched = {}
let documentBase
if (plan.document) {
  const server = https.createServer({ cert: fs.readFileSync(plan.document.cert),
    key: fs.readFileSync(plan.document.key) }, (req, res) => {
    const path = new URL(req.url, 'https://127.0.0.1').pathname
    fetched[path] = (fetched[path] ?? 0) + 1
    if (path === '/moved.json') return res.writeHead(302, { location: '/client.json' }).end()
    if (!documents[path]) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(documents[path]))
  })
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
  documentBase = `https://127.0.0.1:${server.address().port}`
  const at = (path) => `${documentBase}${path}`
  documents['/client.json'] = { ...clientMetadata, client_id: at('/client.json'),
    client_name: 'hosted test client (metadata document)' }
  // Broken ones: another client's id, a confidential client, too big.
  documents['/other.json'] = { ...clientMetadata, client_id: at('/client.json') }
  documents['/secret.json'] = { ...clientMetadata, client_id: at('/secret.json'),
    token_endpoint_auth_method: 'client_secret_basic' }
  documents['/big.json'] = { ...clientMetadata, client_id: at('/big.json'), padding: 'x'.repeat(6000) }
}
const documentUrl = documentBase && `${documentBase}/client.json`

// Clicks through consent: the handle on this server's page, then the PDS's sign-in.
async function consent(authorizationUrl) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      `--host-resolver-rules=MAP ${url.hostname} ${plan.instances[0]}`,
      '--ignore-certificate-errors'],
  })
  try {
    const page = await browser.newPage()
    page.setDefaultTimeout(30_000)
    const before = arrivals.length
    try {
      await page.goto(authorizationUrl.toString())
      consentPage = await page.textContent('body')
      await page.fill('input[name=handle]', plan.person.handle)
      await page.click('button[type=submit]')
      await page.fill('input[type=password]', plan.person.password)
      await page.click('button[type=submit]')
      await page.getByRole('button', { name: plan.deny ? 'Deny access' : 'Authorize', exact: true }).click()
      for (let i = 0; i < 300 && arrivals.length === before; i++) await new Promise((r) => setTimeout(r, 100))
      if (arrivals.length === before) throw new Error('the browser never came back to the client')
    } catch (e) {
      throw new Error(`consent failed (${e.message}) at ${page.url()}: ${await page.textContent('body').catch(() => '')}`)
    }
    return arrivals[arrivals.length - 1]
  } finally {
    await browser.close()
  }
}

const stored = { state: `st-${Math.random().toString(36).slice(2)}` }
let returned
let consentPage
const provider = {
  get redirectUrl() { return redirectUrl },
  get clientMetadata() { return clientMetadata },
  clientMetadataUrl: documentUrl,
  state: () => stored.state,
  clientInformation: () => stored.client,
  saveClientInformation: (info) => { stored.client = info },
  tokens: () => stored.tokens,
  saveTokens: (tokens) => { stored.tokens = tokens },
  saveCodeVerifier: (v) => { stored.verifier = v },
  codeVerifier: () => stored.verifier,
  async redirectToAuthorization(authorizationUrl) {
    returned = await consent(authorizationUrl)
  },
}

// HOSTED_CLIENT_TRACE=FILE records how far the client got (for a run that hangs).
const step = (s) => process.env.HOSTED_CLIENT_TRACE && fs.appendFileSync(process.env.HOSTED_CLIENT_TRACE, `${s}\n`)
const connect = async () => {
  const client = new Client({ name: 'hosted-test', version: '1.0.0' })
  await client.connect(new StreamableHTTPClientTransport(url, { authProvider: provider, fetch: alternating }))
  return client
}
step('connecting')
let client
try {
  client = await connect()
} catch (e) {
  if (!(e instanceof UnauthorizedError)) throw e
  const transport = new StreamableHTTPClientTransport(url, { authProvider: provider, fetch: alternating })
  if (plan.deny) {
    // With "deny", the person refuses at their PDS; what came back to the client is printed.
    process.stdout.write(JSON.stringify({ denied: Object.fromEntries(returned.searchParams), sentState: stored.state }) + '\n')
    process.exit(0)
  }
  if (returned.searchParams.get('error')) throw new Error(`consent failed: ${returned}`)
  await transport.finishAuth(returned.searchParams.get('code'))
  client = await connect()
}

const tools = (await client.listTools()).tools.map((t) => t.name)
const calls = []
for (const call of plan.calls ?? []) {
  step(`call ${call.name}`)
  const before = instancesUsed.length
  const result = await client.callTool({ name: call.name, arguments: call.arguments ?? {} })
  calls.push({ instances: instancesUsed.slice(before), result })
}
step('closing')
await client.close()
step('closed')

const form = (fields) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
})
const probes = {}
if (plan.probes) {
  const clientId = stored.client.client_id
  const code = returned.searchParams.get('code')
  // The code the SDK exchanged, again: codes are single-use.
  const again = await on(1)(`${origin}/token`, form({ grant_type: 'authorization_code', code,
    code_verifier: stored.verifier, redirect_uri: redirectUrl, client_id: clientId }))
  step('codeReused')
  probes.codeReused = { status: again.status, body: await again.json() }
  // No PKCE: the error goes back to the client's redirect URI.
  const authorize = (params) => on(0)(`${origin}/authorize?${new URLSearchParams({
    response_type: 'code', client_id: clientId, redirect_uri: redirectUrl, state: 'probe', ...params })}`,
  { redirect: 'manual' })
  step('noPkce')
  const noPkce = await authorize({})
  probes.noPkce = { status: noPkce.status, location: noPkce.headers.get('location') }
  const plain = await authorize({ code_challenge: 'x'.repeat(43), code_challenge_method: 'plain' })
  probes.plainPkce = { status: plain.status, location: plain.headers.get('location') }
  // A redirect URI that differs from the registered one by a character: never redirected to.
  const otherRedirect = await authorize({ redirect_uri: `${redirectUrl}x`,
    code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' })
  probes.otherRedirect = { status: otherRedirect.status, location: otherRedirect.headers.get('location') }
  // A state too long to keep: refused on a page, not echoed back.
  const longState = await authorize({ code_challenge: 'x'.repeat(43), code_challenge_method: 'S256',
    state: 's'.repeat(1025) })
  probes.longState = { status: longState.status, location: longState.headers.get('location') }
  // Another audience.
  const foreign = await authorize({ code_challenge: 'x'.repeat(43), code_challenge_method: 'S256',
    resource: 'https://elsewhere.example/mcp' })
  probes.foreignResource = { status: foreign.status, location: foreign.headers.get('location') }
  // A callback whose state no login started.
  step('forged')
  const forged = await on(1)(`${origin}/oauth/callback?state=forged&code=anything&iss=x`, { redirect: 'manual' })
  probes.forgedState = { status: forged.status, location: forged.headers.get('location') }
  // No token, and a made-up one.
  const mcp = (token) => on(0)(plan.url, { method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) })
  step('none')
  const none = await mcp()
  probes.noToken = { status: none.status, challenge: none.headers.get('www-authenticate') }
  const madeUp = await mcp('x'.repeat(43))
  probes.madeUpToken = { status: madeUp.status, challenge: madeUp.headers.get('www-authenticate') }
  // Refresh rotates: the new pair works, the old refresh token does not again.
  const refresh = (token, i) => on(i)(`${origin}/token`, form({ grant_type: 'refresh_token',
    refresh_token: token, client_id: clientId }))
  step('refresh')
  const first = await refresh(stored.tokens.refresh_token, 0)
  const rotated = await first.json()
  probes.refresh = { status: first.status, tokenType: rotated.token_type, expiresIn: rotated.expires_in }
  const reused = await refresh(stored.tokens.refresh_token, 1)
  probes.refreshReused = { status: reused.status, body: await reused.json() }
  stored.tokens = rotated
  const list = await mcp(rotated.access_token)
  probes.rotatedWorks = { status: list.status }
  if (documentBase) {
    // Documents the server must not take: each is refused on a page, never redirected to.
    step('documents')
    probes.documents = {}
    for (const path of ['/other.json', '/secret.json', '/big.json', '/moved.json', '/missing.json']) {
      const refused = await authorize({ client_id: `${documentBase}${path}`,
        code_challenge: 'x'.repeat(43), code_challenge_method: 'S256' })
      probes.documents[path] = { status: refused.status, location: refused.headers.get('location'),
        text: await refused.text() }
    }
  }
}

process.stdout.write(JSON.stringify({
  tools,
  calls,
  instancesUsed: [...new Set(instancesUsed)],
  tokens: stored.tokens,
  clientId: stored.client?.client_id,
  documentUrl,
  fetched,
  consentPage,
  state: { sent: stored.state, returned: returned?.searchParams.get('state'), iss: returned?.searchParams.get('iss') },
  probes,
}) + '\n')
// Unread probe bodies would hold their connections (and the process) open.
process.exit(0)
