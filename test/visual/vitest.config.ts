// The browser tests (`npm run test:visual`): the HTML report rendered in headless Chromium.
// Kept out of `npm test` (whose config only picks up *.test.ts), so a machine without a browser stays green.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['test/visual/**/*.visual.ts'],
    testTimeout: 60000,
    // One temporary folder per run, removed at the end (as in `npm test`).
    globalSetup: ['test/temp-dir.setup.ts'],
    hookTimeout: 60000,
    // One browser, one file at a time: predictable on a 2-core machine.
    fileParallelism: false,
  },
});
