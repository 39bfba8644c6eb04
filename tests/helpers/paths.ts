// Where the tests' own data lives. Tests build from the frozen fixture seed, so the live seed/ can grow
// without changing what they assert; only the workflow test reads the live seed/, to prove that it grows.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../../src/lib/paths.js';

export const FIXTURE_SEED = fileURLToPath(new URL('../fixtures/seed', import.meta.url));
export const INGEST_FIXTURES_DIR = fileURLToPath(new URL('../fixtures/ingest', import.meta.url));

/** The project's live seed, which ingest --accept grows: to be copied, never written or asserted on. */
export const liveSeedDir = () => join(PROJECT_ROOT, 'seed');
