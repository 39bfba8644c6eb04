# Build stage: the same steps CI proves (npm ci, npm run build, the database build), then dev deps pruned.
FROM node:22-bookworm-slim AS build
WORKDIR /app
# A compiler for better-sqlite3, used when no prebuilt binary fits the platform or can be downloaded.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json drizzle.config.ts ./
COPY scripts/bundle.mjs ./scripts/
COPY src ./src
COPY migrations ./migrations
COPY seed ./seed
RUN npm run build \
 && DATABASE_PATH=/app/data/event-facts.db node dist/db/build-cli.js \
 && npm prune --omit=dev
# At run time better-sqlite3 needs only its addon: its C sources, and the compiler's objects when no prebuilt
# binary fits the platform, are about 25 MB.
RUN cd node_modules/better-sqlite3 \
 && mv build/Release/better_sqlite3.node . \
 && rm -rf build deps src \
 && mkdir -p build/Release && mv better_sqlite3.node build/Release/

# Runtime stage: node as PID 1 (signals reach the server), non-root, database built at image build time.
FROM node:22-bookworm-slim
# As `npm start` runs the server (tests/start-command.test.ts keeps them equal): a small young generation
# (2 MB semi-spaces) and two glibc malloc arenas instead of one per thread take ~30 MB off a server with two
# query workers at no measured cost in throughput (bench/RESULTS.md, `npm run bench:memory`).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 DATABASE_PATH=/app/data/event-facts.db NODE_OPTIONS=--max-semi-space-size=2 MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/migrations ./migrations
COPY --from=build /app/seed ./seed
COPY --from=build /app/data ./data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The bundled server (scripts/bundle.mjs): its start-up loads a few files, not fastify's hundreds of modules.
CMD ["node", "dist/bundle/server.js"]
