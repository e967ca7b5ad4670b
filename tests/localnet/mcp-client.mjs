// A real MCP client (the official TypeScript SDK) driving `mcp-bluesky serve` over stdio.
//
//   node mcp-client.mjs '{"calls":[{"name":"bluesky_get_feed","arguments":{}}],"parallel":false}'
//
// Spawns $MCP_SERVER_BIN serve (plus the JSON array $MCP_SERVER_ARGS) with this process's
// environment, lists the tools, makes
// the calls (one after another, or all at once) and prints
// {"server":…, "instructions":…, "tools":[…], "results":[…], "progress":[[…]…]} as one
// JSON line. A call with "progress": true asks for progress notifications; one with
// "cancelAfterMs": N cancels itself after N ms. With "reads": [uri…] and
// "prompts": [{name, arguments}…] it also lists and reads resources and prompts.
// "lingerMs": N keeps the session open N ms before closing. With "elicit": "accept" or
// "decline" the client supports elicitation and answers every request so (a `publish`
// field set to true when accepting); the requests it saw are printed as "elicitations".
// With "roots": [uri…] the client declares roots (listChanged); a call with "setRoots":
// [uri…] replaces them and sends notifications/roots/list_changed first. How often
// the server listed them is printed as "rootsListed". A call with "allPages": true is
// repeated with the `cursor` of each result until a result has none, as an agent
// pages; its result is the list of pages.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { ElicitRequestSchema, ListRootsRequestSchema } from '@modelcontextprotocol/sdk/types.js'

const plan = JSON.parse(process.argv[2] ?? '{"calls":[]}')
// With $MCP_SERVER_URL it connects over streamable HTTP instead, sending
// $MCP_SERVER_TOKEN as a bearer token.
const transport = process.env.MCP_SERVER_URL
  ? new StreamableHTTPClientTransport(new URL(process.env.MCP_SERVER_URL), {
    requestInit: { headers: { authorization: `Bearer ${process.env.MCP_SERVER_TOKEN ?? ''}` } },
  })
  : new StdioClientTransport({
    command: process.env.MCP_SERVER_BIN,
    args: ['serve', ...JSON.parse(process.env.MCP_SERVER_ARGS ?? '[]')],
    env: process.env,
    stderr: 'inherit',
  })
const capabilities = {}
if (plan.elicit) capabilities.elicitation = { form: {} }
if (plan.roots) capabilities.roots = { listChanged: true }
const client = new Client({ name: 'mcp-bluesky-tests', version: '1.0.0' }, { capabilities })
let roots = plan.roots ?? []
let rootsListed = 0
if (plan.roots) {
  client.setRequestHandler(ListRootsRequestSchema, () => {
    rootsListed += 1
    // "rootsNeverAnswer": a client that declares roots and never lists them.
    if (plan.rootsNeverAnswer) return new Promise(() => {})
    return { roots: roots.map((uri) => ({ uri })) }
  })
}
const elicitations = []
if (plan.elicit) {
  client.setRequestHandler(ElicitRequestSchema, (request) => {
    elicitations.push(request.params)
    return plan.elicit === 'accept' ? { action: 'accept', content: { publish: true } } : { action: 'decline' }
  })
}
await client.connect(transport)

const { tools } = await client.listTools()
const progress = plan.calls.map(() => [])
const failure = (e) => ({ protocolError: { code: e.code, message: e.message } })
const call = async (c, i) => {
  if (c.setRoots) {
    roots = c.setRoots
    await client.sendRootsListChanged()
  }
  const options = { timeout: 120_000 }
  if (c.progress) options.onprogress = (p) => progress[i].push(p)
  if (c.cancelAfterMs) options.signal = AbortSignal.timeout(c.cancelAfterMs)
  if (c.allPages) {
    const pages = []
    let args = c.arguments ?? {}
    for (;;) {
      const page = await client.callTool({ name: c.name, arguments: args }, undefined, options).catch(failure)
      pages.push(page)
      const cursor = page.structuredContent?.cursor
      if (!cursor || pages.length > 100) return pages
      args = { ...args, cursor }
    }
  }
  return client.callTool({ name: c.name, arguments: c.arguments ?? {} }, undefined, options)
    .catch(failure)
}
const results = plan.parallel
  ? await Promise.all(plan.calls.map(call))
  : await plan.calls.reduce(async (done, c, i) => [...(await done), await call(c, i)], Promise.resolve([]))

const extra = plan.elicit ? { elicitations } : {}
if (plan.roots) extra.rootsListed = rootsListed
if (plan.reads) {
  extra.resources = (await client.listResources()).resources
  extra.resourceTemplates = (await client.listResourceTemplates()).resourceTemplates
  extra.reads = []
  for (const uri of plan.reads) extra.reads.push(await client.readResource({ uri }).catch(failure))
}
if (plan.prompts) {
  extra.prompts = (await client.listPrompts()).prompts
  extra.promptResults = []
  for (const p of plan.prompts) {
    extra.promptResults.push(await client.getPrompt({ name: p.name, arguments: p.arguments }).catch(failure))
  }
}
if (plan.lingerMs) await new Promise((resolve) => setTimeout(resolve, plan.lingerMs))

process.stdout.write(JSON.stringify({
  server: client.getServerVersion(),
  instructions: client.getInstructions(),
  tools,
  results,
  progress,
  ...extra,
}) + '\n')
await client.close()
