// The ceiling on this machine: node:http answering every request with a fixed GraphQL-shaped body.
import { createServer } from 'node:http';
import { announce } from './announce.js';

const body = JSON.stringify({ data: { hello: 'world' } });
const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    response.end(body);
  });
});
server.listen(0, '127.0.0.1', () => announce(server));
