import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { acceptProposals } from '../../src/ingest/accept.js';
import { ingestArticle } from '../../src/ingest/ingest.js';
import { PROJECT_ROOT } from '../../src/lib/paths.js';
import { copySeed } from './db.js';

export const ingestFixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'ingest', name);

/** A seed copy with one fixture article ingested and its proposals accepted: machine facts to review. */
export function seedWithMachineFacts(fixture = 'geneva-summit.txt', published = '2026-03-01'): { seedDir: string; sourceId: string } {
  const seedDir = copySeed();
  const { sourceId } = ingestArticle({ file: ingestFixture(fixture), published, seedDir });
  acceptProposals(seedDir, sourceId);
  return { seedDir, sourceId };
}

/** `npm run review -- …` as a user runs it; npm's own warnings are not the command's output. */
export function review(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync('npm', ['run', '--silent', 'review', '--', ...args], { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { ...run, stderr: run.stderr.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n') };
}
