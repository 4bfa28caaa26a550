import { defineConfig } from 'vitest/config';

// The popup flow in Debian's Firefox ESR (issue 7 point 7). One Firefox for the whole file:
// starting it takes ~8 s on this two-core machine, each popup analysis a few seconds.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
