// A real MCP client (the official TypeScript SDK) driving `mcp-bluesky serve` over stdio.
//
//   node mcp-client.mjs '{"calls":[{"name":"bluesky_get_feed","arguments":{}}],"parallel":false}'
//
// Spawns $MCP_SERVER_BIN serve with this process's environment, lists the tools, makes
// the calls (one after another, or all at once) and prints
// {"server":…, "instructions":…, "tools":[…], "results":[…]} as one JSON line.
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'

const plan = JSON.parse(process.argv[2] ?? '{"calls":[]}')
const transport = new StdioClientTransport({
  command: process.env.MCP_SERVER_BIN,
  args: ['serve'],
  env: process.env,
  stderr: 'inherit',
})
const client = new Client({ name: 'mcp-bluesky-tests', version: '1.0.0' })
await client.connect(transport)

const { tools } = await client.listTools()
const call = (c) => client.callTool({ name: c.name, arguments: c.arguments ?? {} })
  .catch((e) => ({ protocolError: { code: e.code, message: e.message } }))
const results = plan.parallel
  ? await Promise.all(plan.calls.map(call))
  : await plan.calls.reduce(async (done, c) => [...(await done), await call(c)], Promise.resolve([]))

process.stdout.write(JSON.stringify({
  server: client.getServerVersion(),
  instructions: client.getInstructions(),
  tools,
  results,
}) + '\n')
await client.close()
