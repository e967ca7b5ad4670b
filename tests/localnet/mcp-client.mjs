// A real MCP client (the official TypeScript SDK) driving `mcp-bluesky serve` over stdio.
//
//   node mcp-client.mjs '{"calls":[{"name":"bluesky_get_feed","arguments":{}}],"parallel":false}'
//
// Spawns $MCP_SERVER_BIN serve (plus the JSON array $MCP_SERVER_ARGS) with this process's
// environment, lists the tools, makes
// the calls (one after another, or all at once) and prints
// {"server":…, "instructions":…, "tools":[…], "results":[…], "progress":[[…]…]} as one
// JSON line. A call with "progress": true asks for progress notifications.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'

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
const client = new Client({ name: 'mcp-bluesky-tests', version: '1.0.0' })
await client.connect(transport)

const { tools } = await client.listTools()
const progress = plan.calls.map(() => [])
const call = (c, i) => client.callTool({ name: c.name, arguments: c.arguments ?? {} }, undefined,
  c.progress ? { onprogress: (p) => progress[i].push(p), timeout: 120_000 } : { timeout: 120_000 })
  .catch((e) => ({ protocolError: { code: e.code, message: e.message } }))
const results = plan.parallel
  ? await Promise.all(plan.calls.map(call))
  : await plan.calls.reduce(async (done, c, i) => [...(await done), await call(c, i)], Promise.resolve([]))

process.stdout.write(JSON.stringify({
  server: client.getServerVersion(),
  instructions: client.getInstructions(),
  tools,
  results,
  progress,
}) + '\n')
await client.close()
