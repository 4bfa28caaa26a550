import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in a real, headless Chromium. One browser at a time:
// the machine has two cores and each test file launches its own browser profile.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
