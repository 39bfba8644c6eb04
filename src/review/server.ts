// Starts the review app on 127.0.0.1 (never another interface: it writes seed/), PORT or 3100.
import { readConfig } from '../config.js';
import { reviewerName } from './actions.js';
import { buildReviewApp } from './app.js';

export const DEFAULT_REVIEW_PORT = 3100;

export async function startReviewServer(seedDir: string, reviewer?: string): Promise<void> {
  const config = readConfig();
  const port = process.env.PORT === undefined ? DEFAULT_REVIEW_PORT : config.port;
  const app = await buildReviewApp({ seedDir, dbPath: config.dbPath, reviewer: reviewerName(reviewer) });
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  console.log(`review app on http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/ over ${seedDir}, publishing to ${config.dbPath}`);
  const stop = () => { void app.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
