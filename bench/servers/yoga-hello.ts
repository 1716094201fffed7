// A bare graphql-yoga hello-world on node:http: `{ hello }`, nothing else.
import { createServer } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';
import { announce } from './announce.js';

const yoga = createYoga({ schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } }), logging: false });
const server = createServer(yoga);
server.listen(0, '127.0.0.1', () => announce(server));
