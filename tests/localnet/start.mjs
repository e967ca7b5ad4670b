// Brings up a real AT Protocol network (PLC, PDS, AppView) from @atproto/dev-env,
// every listener bound to 127.0.0.1, creates the test accounts and prints one JSON
// line describing it on stdout. Runs until SIGTERM/SIGINT, then closes the network.
//
// Environment: DB_POSTGRES_URL (required), LOCALNET_ACCOUNTS (default "alice,bob,carol").
import net from 'node:net'
import dns from 'node:dns'
import crypto from 'node:crypto'

// The hosted-mode test domain answers 127.0.0.2 in this process (the PDS fetches the
// hosted server's client metadata there); nothing else changes.
const hostedDomain = process.env.HOSTED_DOMAIN
const lookup = dns.lookup
dns.lookup = function (hostname, options, callback) {
  if (hostedDomain && hostname === hostedDomain) {
    const cb = typeof options === 'function' ? options : callback
    const all = typeof options === 'object' && options?.all
    return process.nextTick(() => all ? cb(null, [{ address: '127.0.0.2', family: 4 }]) : cb(null, '127.0.0.2', 4))
  }
  return lookup.call(this, hostname, options, callback)
}

// dev-env's servers call listen(port) with no host, i.e. every interface: pin them to loopback.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  const [first] = args
  const isPort = first == null || typeof first === 'number' || /^\d+$/.test(String(first))
  if (isPort) {
    const callback = args.find((a) => typeof a === 'function')
    const options = { port: first == null ? 0 : Number(first), host: '127.0.0.1' }
    return callback ? listen.call(this, options, callback) : listen.call(this, options)
  }
  if (typeof first === 'object' && first.path == null && first.fd == null && first.handle == null) {
    args[0] = { ...first, host: '127.0.0.1' }
  }
  return listen.apply(this, args)
}

const say = (msg) => process.stderr.write(`[localnet] ${msg}\n`)
const started = Date.now()
process.env.REDIS_HOST ||= '127.0.0.1:1' // TestNetwork asserts it is set; nothing connects to it
const { TestNetwork } = await import('@atproto/dev-env')

const letters = () => Array.from(crypto.randomBytes(10), (b) => String.fromCharCode(97 + (b % 26))).join('')
const network = await TestNetwork.create({
  dbPostgresSchema: `mcp_${letters()}`,
  // Videos up to app.bsky.embed.video's 300 MB reach the PDS from the video service.
  pds: { hostname: 'localhost', blobUploadLimit: 300_000_000 },
})
say(`network up in ${Date.now() - started} ms`)

const pds = network.pds.url
async function xrpc(method, body, token) {
  const res = await fetch(`${pds}/xrpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method}: ${res.status} ${JSON.stringify(json)}`)
  return json
}

// Fresh random passwords each run, so a leak scanner knows exactly what to look for.
const accounts = {}
const tokens = {}
for (const name of (process.env.LOCALNET_ACCOUNTS || 'alice,bob,carol').split(',')) {
  const password = crypto.randomBytes(12).toString('base64url')
  const created = await xrpc('com.atproto.server.createAccount', {
    handle: `${name}.test`, email: `${name}@example.invalid`, password,
  })
  accounts[name] = { handle: created.handle, did: created.did, password }
  tokens[name] = created.accessJwt
}

// A feed generator served in-process: alice's own posts, newest first.
const alice = accounts.alice
const feedUri = `at://${alice.did}/app.bsky.feed.generator/alice-posts`
const generator = await network.createFeedGen({
  [feedUri]: async ({ params }) => {
    const url = `${pds}/xrpc/com.atproto.repo.listRecords?repo=${alice.did}` +
      `&collection=app.bsky.feed.post&limit=${params.limit ?? 50}`
    const { records } = await (await fetch(url)).json()
    return { encoding: 'application/json', body: { feed: records.map((r) => ({ post: r.uri })) } }
  },
})
await xrpc('com.atproto.repo.putRecord', {
  repo: alice.did, collection: 'app.bsky.feed.generator', rkey: 'alice-posts',
  record: { $type: 'app.bsky.feed.generator', did: generator.did, displayName: 'Alice posts', createdAt: new Date().toISOString() },
}, tokens.alice)
await network.processAll()

// An identity whose PDS entry names the AppView, a server with no OAuth, for the
// OAuth login's "this PDS cannot do OAuth" case.
const { Client: PlcClient } = await import('@did-plc/lib')
const { Secp256k1Keypair } = await import('@atproto/crypto')
const plcKey = await Secp256k1Keypair.create()
const noOauthDid = await new PlcClient(network.plc.url).createDid({
  signingKey: plcKey.did(), handle: 'no-oauth.test', pds: network.bsky.url,
  rotationKeys: [plcKey.did()], signer: plcKey,
})

let closing = false
async function close(signal) {
  if (closing) return
  closing = true
  say(`${signal}: closing`)
  setTimeout(() => process.exit(0), 10_000).unref()
  try { await network.close() } catch (e) { say(`close: ${e?.message}`) }
  process.exit(0)
}
process.on('SIGTERM', () => close('SIGTERM'))
process.on('SIGINT', () => close('SIGINT'))

process.stdout.write(JSON.stringify({
  pds,
  plc: network.plc.url,
  appview: network.bsky.url,
  accounts,
  feedUri,
  noOauthDid,
  postgres: process.env.DB_POSTGRES_URL,
  hosted: process.env.TLS_DIR && {
    domain: hostedDomain,
    ca: `${process.env.TLS_DIR}/ca.pem`,
    cert: `${process.env.TLS_DIR}/server.pem`,
    key: `${process.env.TLS_DIR}/server.key`,
  },
  readyMs: Date.now() - started,
}) + '\n')
setInterval(() => {}, 1 << 30)
