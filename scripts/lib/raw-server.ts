// The ceiling the benchmark compares against: node:http answering fixed bytes with fixed headers.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [bodyPath, headersJson, port] = process.argv.slice(2) as [string, string, string];
const body = readFileSync(bodyPath);
const headers = { ...JSON.parse(headersJson), 'content-length': String(body.length) };
createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
}).listen(Number(port), '127.0.0.1');
