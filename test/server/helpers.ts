import { existsSync, readdirSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const GRAY = join(ROOT, 'fixtures/gray-zone');

/**
 * Worker threads cannot load TypeScript, so the tests run the server from source (src/server/…)
 * but point its pool at the built worker, dist/server/worker.js (`npm run build` first; `npm test`
 * builds before vitest).
 */
export const DIST_WORKER = new URL('../../dist/server/worker.js', import.meta.url);

export function assertBuilt(): void {
  const built = fileURLToPath(DIST_WORKER);
  if (!existsSync(built)) throw new Error(`${built} is missing: run \`npm run build\` before these tests`);
  // Only this module's own sources: the rest of the pipeline may be mid-edit by others.
  for (const src of readdirSync(join(ROOT, 'src/server')).filter((f) => f.endsWith('.ts')).map((f) => `src/server/${f}`)) {
    const compiled = join(ROOT, 'dist', src.slice(4).replace(/\.ts$/, '.js'));
    if (!existsSync(compiled) || statSync(join(ROOT, src)).mtimeMs > statSync(compiled).mtimeMs + 1000) {
      throw new Error(`${compiled} is missing or older than ${src}: run \`npm run build\` before these tests`);
    }
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` every 20 ms until it returns true, for at most `ms`. */
export async function waitFor(probe: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await probe()) return;
    await sleep(20);
  }
  throw new Error(`condition not met within ${ms} ms`);
}

/** A hand-driven HTTP/1.1 connection to 127.0.0.1, for slow, partial or oversize requests. */
export interface RawConnection {
  socket: Socket;
  write(data: string | Uint8Array): Promise<void>;
  /** Everything the server sent, once it closed the connection (rejects after `ms`). */
  response(ms?: number): Promise<string>;
}

export async function openRaw(port: number): Promise<RawConnection> {
  const socket = connect({ host: '127.0.0.1', port });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const chunks: Buffer[] = [];
  let errored: Error | null = null;
  socket.on('data', (c: Buffer) => chunks.push(c));
  socket.on('error', (e) => (errored = e));
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  return {
    socket,
    write: (data) =>
      new Promise((resolve, reject) => {
        socket.write(data, (err) => (err ? reject(err) : resolve()));
      }),
    response: async (ms = 10_000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no complete response within ${ms} ms`)), ms);
      });
      try {
        await Promise.race([closed, timeout]);
      } finally {
        clearTimeout(timer);
        socket.destroy();
      }
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text && errored) throw errored;
      return text;
    },
  };
}

/** Reads one sample's value from a Prometheus text exposition (0 when absent). */
export function metric(text: string, series: string): number {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    if (line.slice(0, at) === series) return Number(line.slice(at + 1));
  }
  return 0;
}
