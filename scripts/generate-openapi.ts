// `npm run openapi`: writes openapi.yaml from the app's live spec (the drift test compares the two).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { buildApp } from '../src/app.js';
import { buildDatabase } from '../src/db/build.js';
import { PROJECT_ROOT } from '../src/lib/paths.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

export async function liveSpec(dbPath: string): Promise<unknown> {
  const app = await buildApp({ dbPath });
  await app.ready();
  const spec = app.swagger();
  await app.close();
  return spec;
}

const dbPath = join(mkdtempSync(join(tmpdir(), 'event-facts-openapi-')), 'facts.db');
buildDatabase({ dbPath });
writeFileSync(join(PROJECT_ROOT, 'openapi.yaml'), stringify(await liveSpec(dbPath), { lineWidth: 0 }));
console.log('wrote openapi.yaml');
