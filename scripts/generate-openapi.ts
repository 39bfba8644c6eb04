// `npm run openapi`: writes openapi.yaml from the app's live spec, served over the tests' frozen fixture seed
// so that the file changes only when the code or the fixtures change, never when seed/ grows (the drift
// test in tests/openapi.test.ts compares the two the same way).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { FIXTURE_SEED } from '../tests/helpers/paths.js';

async function liveSpec(dbPath: string): Promise<unknown> {
  const app = await buildApp({ dbPath });
  await app.ready();
  const spec = app.swagger();
  await app.close();
  return spec;
}

const dbPath = join(mkdtempSync(join(tmpdir(), 'event-facts-openapi-')), 'facts.db');
buildDatabase({ dbPath, seedDir: FIXTURE_SEED });
writeFileSync(join(PROJECT_ROOT, 'openapi.yaml'), stringify(await liveSpec(dbPath), { lineWidth: 0 }));
console.log('wrote openapi.yaml');
