import { defineConfig } from 'vitest/config';

// Unit tests: pure lib/ code in Node, no browser and no ../shared data needed.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
