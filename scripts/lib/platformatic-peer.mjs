// The peer of `npm run bench`: Platformatic's auto-generated REST API (@platformatic/sql-mapper +
// @platformatic/sql-openapi on Fastify) over a SQLite file, as a Fastify user would otherwise set it up.
// Run as `node platformatic-peer.mjs <install dir> <database> <port>`; the bench installs the pinned packages
// into <install dir>, outside the repository (see scripts/bench.ts).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [installDir, database, port] = process.argv.slice(2);
const resolve = createRequire(join(installDir, 'package.json')).resolve;
const load = async (name) => (await import(pathToFileURL(resolve(name)).href)).default;
const fastify = await load('fastify');
const mapper = await load('@platformatic/sql-mapper');
const openapi = await load('@platformatic/sql-openapi');

const app = fastify({ logger: false });
await app.register(mapper.plugin ?? mapper, { connectionString: `sqlite://${database}` });
await app.register(openapi);
await app.listen({ host: '127.0.0.1', port: Number(port) });
