// Child process for `npm run bench`: the HTTP service on its own event loop, so the load
// generator (autocannon, in the bench process) does not steal the server's main thread.
// Prints {"url": …} on stdout once it listens; drains and exits on SIGTERM.
import { startServer } from '../dist/server/http.js';

const server = await startServer({ port: 0, log: () => undefined, ...(process.env.BENCH_WORKERS ? { workers: Number(process.env.BENCH_WORKERS) } : {}) });
process.stdout.write(`${JSON.stringify({ url: server.url, workers: server.workers })}\n`);
process.once('SIGTERM', () => {
  server.close().then(() => process.exit(0), () => process.exit(1));
});
