import { defineConfig } from 'vitest/config';

// Tests bound their own work (request counts, property runs, polls), so the timeouts here only stop a hang:
// they are set far above what a test needs on a 2-core machine at load average 8, where everything runs
// four to five times slower than when idle. Files run in parallel on one worker per core (the default).
// isolate: false loads the modules once per worker rather than once per file, which more than halves the
// in-process files' time (imports dominated it); it holds because neither src/ nor the tests keep state in
// a module beyond pure caches, and each test file builds its own app and database.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    isolate: false,
  },
});
