// Adds the served dataset: app.dataset (the live-swappable holder), app.store (its current store) and
// request.store (the store a request started with, kept for its whole life even if a new build is switched
// in meanwhile), plus a Dataset-Version header naming the version that answered.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Dataset, type DatasetOptions } from '../db/dataset.js';
import type { Store } from '../db/store.js';

declare module 'fastify' {
  interface FastifyInstance {
    dataset: Dataset;
    /** The newest store; a request reads through request.store instead. */
    readonly store: Store;
  }
  interface FastifyRequest {
    /** The store this request started with. */
    store: Store;
  }
}

export interface DatasetPluginOptions extends DatasetOptions {
  dbPath: string;
  /** Switch to a new build renamed onto dbPath without a reload signal. */
  watch?: boolean;
}

export const VERSION_HEADER = 'dataset-version';

/** The store a request uses: the one it pinned, or the current one for answers made before onRequest ran. */
export const storeOf = (app: FastifyInstance, request: FastifyRequest): Store => request.store ?? app.dataset.current;

async function dataset(app: FastifyInstance, options: DatasetPluginOptions) {
  const holder = await Dataset.open(options.dbPath, app.log, options);
  app.decorate('dataset', holder);
  app.decorate('store', { getter: () => holder.current });
  app.decorateRequest('store', undefined as unknown as Store);
  app.addHook('onRequest', (request, reply, done) => {
    const store = holder.pin();
    request.store = store;
    // 'close' comes once whether the response was sent in full or the client went away.
    reply.raw.once('close', () => holder.release(store));
    reply.header(VERSION_HEADER, store.info.content_hash);
    done();
  });
  if (options.watch) holder.watch();
  app.addHook('onClose', async () => holder.close());
}

export default fp(dataset, { name: 'dataset' });
