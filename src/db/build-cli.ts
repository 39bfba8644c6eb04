// `npm run db:build`: (re)builds the database file from seed/. Exit code 1 with the problems on failure.
import { buildDatabase } from './build.js';
import { DEFAULT_DB_PATH } from '../lib/paths.js';

const dbPath = process.env.DATABASE_PATH ?? DEFAULT_DB_PATH;
const seedDir = process.env.SEED_DIR;
try {
  const result = buildDatabase({ dbPath, seedDir });
  const rate = Math.round(result.factRows / (result.ms / 1000));
  console.log(`Built ${result.dbPath} in ${result.ms.toFixed(0)} ms: ${JSON.stringify(result.counts)}, ${result.citations} citations, ${rate} fact rows/s, content hash ${result.contentHash}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
