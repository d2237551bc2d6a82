import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20000,
    // One temporary folder per run, removed at the end (test/temp-dir.setup.ts).
    globalSetup: ['test/temp-dir.setup.ts'],
    // In CI also write a JSON report, from which .ci/run prints a plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', 'json'] : ['default'],
    outputFile: process.env['CI'] ? { json: 'test-results.json' } : undefined,
  },
});
