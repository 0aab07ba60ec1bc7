// Usage: node lsp_diagnostics.js SERVER FILE...   (make editor-check)
// Opens each FILE in the YAML language server SERVER (its `--stdio` binary) as an editor
// would, prints the diagnostics the server publishes for it, and exits 1 if there are any:
// the schema's modeline in each file must make the server accept it.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const [serverPath, ...args] = process.argv.slice(2);
const files = args.map((f) => path.resolve(f));
const pending = new Set(files.map((f) => 'file://' + f));
const server = spawn(serverPath, ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
let found = 0;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function receive(message) {
  if (message.id !== undefined && message.method) send({ id: message.id, result: null });
  if (message.method !== 'textDocument/publishDiagnostics') return;
  const { uri, diagnostics } = message.params;
  if (!pending.delete(uri)) return;
  for (const d of diagnostics)
    console.log(`${uri.slice(7)}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.message}`);
  found += diagnostics.length;
  if (pending.size === 0) {
    console.log(`${files.length} files opened, ${found} diagnostics`);
    process.exit(found === 0 ? 0 : 1);
  }
}

let buffer = Buffer.alloc(0);
server.stdout.on('data', (data) => {
  buffer = Buffer.concat([buffer, data]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    receive(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString()));
    buffer = buffer.subarray(end + 4 + length);
  }
});

send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
send({ method: 'initialized', params: {} });
send({ method: 'workspace/didChangeConfiguration',
       params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } } });
for (const f of files)
  send({ method: 'textDocument/didOpen',
         params: { textDocument: { uri: 'file://' + f, languageId: 'yaml', version: 1,
                                   text: fs.readFileSync(f, 'utf8') } } });
setTimeout(() => {
  console.log(`no diagnostics received for ${[...pending].join(', ')}`);
  process.exit(2);
}, 30000);
