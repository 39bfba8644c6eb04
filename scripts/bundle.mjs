// `npm run build`'s second step: bundles the server and its worker threads' entries, each with the
// packages it imports, into dist/bundle/ (laid out like src/, so src/lib/paths.ts finds the workers). A
// bundle skips resolving and loading hundreds of small CommonJS files at start (bench/RESULTS.md). The
// packages that read files next to their own code at run time stay in node_modules: the Swagger UI's
// static files, better-sqlite3's addon, pino's transport workers.
import { build } from 'esbuild';

const BUNDLE_DIR = 'dist/bundle';
const ENTRIES = ['src/server.ts', 'src/query-worker.ts', 'src/db/integrity-worker.ts'];
const READ_FILES_BESIDE_THEMSELVES = ['@fastify/swagger-ui', 'better-sqlite3', 'pino'];

await build({
  entryPoints: ENTRIES,
  outbase: 'src',
  outdir: BUNDLE_DIR,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: READ_FILES_BESIDE_THEMSELVES,
  define: { BUNDLE_DIR: JSON.stringify(BUNDLE_DIR) },
  // The bundled CommonJS packages call require() for Node's own modules, which an ES module lacks.
  banner: { js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);" },
  sourcemap: true,
  logLevel: 'warning',
});
