// Run by serve.test.ts in a child process: `graylint serve` as the CLI will run it, on an
// ephemeral port, from the built package. Prints the URL on stdout once listening.
import { runServe } from '../../dist/server/http.js';

const server = await runServe({ port: 0, workers: 1 });
process.stdout.write(`${server.url}\n`);
