// `graylint serve`: a local HTTP service over node:http. Requests are checked on a worker-thread
// pool (pool.ts); this module only routes, reads bodies within limits, and answers.
//
//   POST /v1/check   message/rfc822 | text/html | text/plain | application/json → 200 result object
//   GET  /healthz    {"status":"ok"}
//   GET  /metrics    Prometheus text format
//   GET  /           with `ui`: the live page (ui.ts), its files under /ui/
//
// Status codes: 200 checked; 422 checked but the input itself is unreadable (empty, binary…): the
// body is the result object with `error`, as `--format json` would print it; 400 malformed JSON or
// a missing field; 404 unknown route; 405 wrong method; 408 headers or body too slow; 413 body over
// maxBodyBytes; 415 unknown Content-Type; 431 headers too large; 503 queue full, too many
// connections, too many body bytes in flight (each with Retry-After), or shutting down;
// 403 a request from a web page (Origin; with `ui`, any but the served page's own, with its
// token: ui-guard.ts) or, on loopback, for another host name (DNS rebinding);
// 500 anything else. Every error body is one line of JSON, {"error":"…"}, never a stack trace.
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FileResult, Law } from '../types.js';
import type { PayloadEsp } from '../esp/types.js';
import { applyConfig, ConfigError, type ResolvedConfig } from '../config/index.js';
import { BodyBudget } from './body-budget.js';
import { SERVER_DEFAULTS } from './defaults.js';
import { Metrics, METRICS_CONTENT_TYPE } from './metrics.js';
import { createPool, PoolBusyError } from './pool.js';
import { buildCheckRequest, contractJson, mediaTypeOf, toContractResult, unshiftResult } from './request.js';
import { newToken, pageRequestRefusal } from './ui-guard.js';
import type { UiFiles } from './ui.js';
import type { PlacedFile } from '../placement/index.js';
import type { Stream } from '../types.js';

export interface ServerOptions {
  /** Interface to bind; default 127.0.0.1 (loopback only). */
  host?: string;
  /** Port; default 8425; 0 picks a free port. */
  port?: number;
  /** Worker threads; default os.availableParallelism(). */
  workers?: number;
  /** Largest request body accepted; default 10 MB. Larger bodies get 413 and are not buffered. */
  maxBodyBytes?: number;
  /**
   * Connections open at once; default 1024. A request on a connection past the cap gets 503 with
   * Retry-After (its body unread) and the connection is closed.
   */
  maxConnections?: number;
  /**
   * Request-body bytes held in memory at once, across all requests, from the first byte read until
   * the answer; default 64 MiB, or maxBodyBytes if larger. A request whose body would take the
   * total past it gets 503 with Retry-After: refused from Content-Length before reading, or as soon
   * as a chunked body crosses it. Must be at least maxBodyBytes.
   */
  maxInflightBodyBytes?: number;
  /** Time allowed to receive the request headers; default 10 s; 0 disables. → 408 */
  headersTimeoutMs?: number;
  /** Time allowed to receive the whole request (headers and body); default 30 s; 0 disables. → 408 */
  requestTimeoutMs?: number;
  /** Receives one-line log messages (internal errors, worker errors); default: stderr. */
  log?: (line: string) => void;
  /** The compiled worker module; see PoolOptions.workerUrl. */
  workerUrl?: URL | string;
  /** Checks that may wait for a free worker before requests get 503; default 1024. */
  maxQueue?: number;
  /**
   * A loaded graylint.config.yaml: its severities, pack settings and stream declarations apply to
   * every request as `graylint check` applies them to a file. A request names the template it
   * checks with `?file=` or `X-Graylint-File` (a path as the config's globs see it); without one,
   * the request's own name (request.html, request.eml…) is matched.
   */
  config?: ResolvedConfig;
  /**
   * The config with a request's own jurisdictions (`?jurisdictions=us,ca,il` or
   * `X-Graylint-Jurisdictions`) over the config's, as `--jurisdictions` is on the command line; it
   * throws ConfigError for an unknown code. Without it, such a request gets 400.
   */
  configFor?: (jurisdictions: string[]) => ResolvedConfig;
  /** JSON bodies are this ESP's API request bodies, checked as `graylint check --esp` checks them. */
  esp?: PayloadEsp;
  /** Folders of packs to load beside the bundled ones (`--packs`). */
  packDirs?: readonly string[];
  /**
   * Also serve the live page (`serve --ui`) at `/`, whose requests (same origin, with the token
   * made at start-up) are answered; loopback hosts only. See ui.ts and ui-guard.ts.
   */
  ui?: boolean;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:8425 */
  url: string;
  port: number;
  /** Worker threads in the pool. */
  workers: number;
  /** With `ui`: the page's address (the service's, with the trailing slash). */
  page?: string;
  /**
   * Drains and stops: stops accepting connections, lets in-flight requests finish (bounded by the
   * request timeout for bodies still arriving), closes idle keep-alive connections, then destroys
   * the worker pool. Requests that arrive on an open connection meanwhile get 503. Idempotent.
   */
  close(): Promise<void>;
}

export { SERVER_DEFAULTS } from './defaults.js';

const ROUTES = ['/v1/check', '/healthz', '/metrics'] as const;
/** `ui`: the live page's files (only with the `ui` option). */
type Route = (typeof ROUTES)[number] | 'ui' | 'unmatched';

const MAX_FILE_NAME = 1024;
/** At most this many codes in a request's jurisdictions, and this many distinct lists kept resolved. */
const MAX_JURISDICTIONS = 16;
const MAX_CACHED_CONFIGS = 32;

/** How long a connection we are closing on purpose (413, 408…) may linger so the client reads the answer. */
const LINGER_MS = 1000;

/** How long a connection past the cap may take to send the request it is refused (then it is closed). */
const OVER_CAP_GRACE_MS = 2000;

/**
 * Connections accepted past maxConnections only to be answered 503. Past this many more, the
 * kernel's connection is closed without an answer (node's server.maxConnections): refusing must
 * not cost more than serving.
 */
const REFUSAL_HEADROOM = 64;

const JSON_TYPE = 'application/json; charset=utf-8';

const BUSY_CONNECTIONS = 'busy: too many connections, retry shortly';
const BUSY_BODIES = 'busy: too many request bodies in flight, retry shortly';

/** One request being handled, found again from its socket by the clientError handler. */
interface Exchange {
  route: Route;
  res: ServerResponse;
  start: bigint;
  /** requests_total was already counted (by the clientError handler). */
  counted: boolean;
  /** Body bytes this request holds in the budget; given back when it is answered. */
  bodyBytes: number;
}

class ClientGoneError extends Error {}

const stderrLog = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function oneLine(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return (msg.split('\n')[0] ?? '').slice(0, 300);
}

export async function startServer(opts: ServerOptions = {}): Promise<RunningServer> {
  const host = opts.host ?? SERVER_DEFAULTS.host;
  const port = opts.port ?? SERVER_DEFAULTS.port;
  const maxBodyBytes = opts.maxBodyBytes ?? SERVER_DEFAULTS.maxBodyBytes;
  const maxConnections = opts.maxConnections ?? SERVER_DEFAULTS.maxConnections;
  const maxInflightBodyBytes = opts.maxInflightBodyBytes ?? Math.max(SERVER_DEFAULTS.maxInflightBodyBytes, maxBodyBytes);
  if (!(maxConnections >= 1)) throw new RangeError(`maxConnections must be at least 1 (got ${maxConnections})`);
  // A smaller budget would answer every body between the two sizes 503 forever, never 413.
  if (!(maxInflightBodyBytes >= maxBodyBytes)) throw new RangeError(`maxInflightBodyBytes (${maxInflightBodyBytes}) must be at least maxBodyBytes (${maxBodyBytes})`);
  const requestTimeout = opts.requestTimeoutMs ?? SERVER_DEFAULTS.requestTimeoutMs;
  // node:http refuses a headers timeout longer than the request timeout.
  let headersTimeout = opts.headersTimeoutMs ?? SERVER_DEFAULTS.headersTimeoutMs;
  if (requestTimeout > 0 && (headersTimeout <= 0 || headersTimeout > requestTimeout)) headersTimeout = requestTimeout;
  const log = opts.log ?? stderrLog;
  if (opts.ui && !isLoopback(host)) throw new Error(`the page (--ui) is served on loopback only, not on ${host}`);
  // With --ui: the page's files and the token only the page knows, made before the workers start.
  const token = opts.ui ? newToken() : '';
  const ui: UiFiles | null = opts.ui ? await loadUiFiles(opts.config, token) : null;

  const pool = createPool({
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    ...(opts.workerUrl !== undefined ? { workerUrl: opts.workerUrl } : {}),
    maxQueue: opts.maxQueue ?? SERVER_DEFAULTS.maxQueue,
    ...(opts.packDirs?.length ? { packDirs: opts.packDirs } : {}),
    onError: (err) => log(`graylint: worker error: ${oneLine(err)}`),
  });
  try {
    await pool.ready();
  } catch (err) {
    await pool.destroy();
    throw new Error(`the checking workers failed to start: ${oneLine(err)}`);
  }

  const budget = new BodyBudget(maxInflightBodyBytes);
  /** The port listened on (known once listening; requests come after). */
  let boundPort = port;
  let connections = 0;
  /** Connections accepted past maxConnections: each request on them gets 503. */
  const overCap = new WeakSet<Socket>();
  const metrics = new Metrics(() => ({ workers: pool.size, queued: pool.queueSize, connections, bodyBytes: budget.bytes }));
  const exchanges = new WeakMap<Socket, Exchange>();
  let inflight = 0;
  let closing = false;
  let onDrained: (() => void) | null = null;

  const observe = (route: Route, status: number, start: bigint): void => {
    metrics.requests.inc({ route, status: String(status) });
    metrics.duration.observe({ route }, Number(process.hrtime.bigint() - start) / 1e9);
  };

  const sendText = (res: ServerResponse, status: number, text: string | Buffer, type: string, headers: Record<string, string> = {}): void => {
    if (res.headersSent || res.destroyed) return;
    res.writeHead(status, {
      'Content-Type': type,
      'Content-Length': String(Buffer.byteLength(text)),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(closing ? { Connection: 'close' } : {}),
      ...headers,
    });
    res.end(text);
  };

  const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    sendText(res, status, `${JSON.stringify(body)}\n`, JSON_TYPE, headers);
  };

  /** An error answer: counted under `code` in graylint_errors_total. */
  const fail = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void => {
    metrics.errors.inc({ code });
    sendJson(res, status, { error: message }, headers);
  };

  /**
   * An error answer given before the body is read. node:http would read and discard the body
   * to keep the connection alive, however large; when there is one, close the connection instead.
   */
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void => {
    const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
    if (hasBody) failAndClose(req, res, status, code, message, headers);
    else fail(res, status, code, message, headers);
  };

  /** Answers and closes the connection without reading the rest of the request body. */
  const failAndClose = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void => {
    fail(res, status, code, message, { ...headers, Connection: 'close' });
    // Stop storing the body; what the client still sends is discarded, briefly, so that it can
    // read this answer before the connection goes (closing a socket with unread data resets it).
    req.removeAllListeners('data');
    req.resume();
    res.once('finish', () => setTimeout(() => req.socket.destroy(), LINGER_MS).unref());
  };

  /** Reads a body within maxBodyBytes and the in-flight budget; the bytes taken are counted on `exchange`. */
  const readBody = (req: IncomingMessage, exchange: Exchange): Promise<Uint8Array | 'too-large' | 'over-budget'> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let total = 0;
      const drop = (why: 'too-large' | 'over-budget'): void => {
        cleanup();
        chunks.length = 0;
        budget.give(exchange.bodyBytes);
        exchange.bodyBytes = 0;
        resolve(why);
      };
      const cleanup = (): void => {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onGone);
        req.off('close', onGone);
      };
      const onData = (chunk: Buffer): void => {
        total += chunk.length;
        if (total > maxBodyBytes) return drop('too-large');
        if (!budget.take(chunk.length)) return drop('over-budget');
        exchange.bodyBytes += chunk.length;
        chunks.push(chunk);
      };
      const onEnd = (): void => {
        cleanup();
        // One exact-size buffer of its own, so the pool can transfer it to a worker without a copy.
        const body = new Uint8Array(total);
        let offset = 0;
        for (const c of chunks) {
          body.set(c, offset);
          offset += c.length;
        }
        resolve(body);
      };
      const onGone = (): void => {
        cleanup();
        reject(new ClientGoneError('the client went away'));
      };
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onGone);
      req.on('close', onGone);
    });

  const subjectOf = (url: URL, req: IncomingMessage): string | undefined => {
    const q = url.searchParams.get('subject');
    if (q !== null) return q;
    const h = req.headers['x-graylint-subject'];
    if (typeof h !== 'string') return undefined;
    // Header values arrive as latin1; a client that sent UTF-8 bytes meant UTF-8.
    const asUtf8 = Buffer.from(h, 'latin1').toString('utf8');
    return asUtf8.includes('\uFFFD') ? h : asUtf8;
  };

  /** Configs by the jurisdictions requests asked for: a few distinct lists in practice, so a small cache. */
  const configsByJurisdictions = new Map<string, ResolvedConfig>();
  /** The config for a request: the service's, or the one with the request's own jurisdictions. */
  const configOf = (url: URL, req: IncomingMessage): { ok: true; config: ResolvedConfig | undefined } | { ok: false; error: string } => {
    const h = req.headers['x-graylint-jurisdictions'];
    const asked = url.searchParams.get('jurisdictions') ?? (typeof h === 'string' ? h : undefined);
    if (asked === undefined || asked.trim() === '') return { ok: true, config: opts.config };
    const codes = asked.split(',').map((c) => c.trim().toLowerCase()).filter(Boolean);
    if (codes.length > MAX_JURISDICTIONS || codes.some((c) => !/^[a-z][a-z0-9-]{0,15}$/.test(c))) {
      return { ok: false, error: `jurisdictions must be at most ${MAX_JURISDICTIONS} comma-separated codes such as us,ca,eu,il,auto` };
    }
    if (!opts.configFor) return { ok: false, error: 'this service does not take jurisdictions per request' };
    const key = [...new Set(codes)].sort().join(',');
    let config = configsByJurisdictions.get(key);
    if (!config) {
      try {
        config = opts.configFor(key.split(','));
      } catch (err) {
        if (err instanceof ConfigError) return { ok: false, error: oneLine(err) };
        throw err;
      }
      if (configsByJurisdictions.size >= MAX_CACHED_CONFIGS) configsByJurisdictions.delete(configsByJurisdictions.keys().next().value!);
      configsByJurisdictions.set(key, config);
    }
    return { ok: true, config };
  };

  /** The template path a request names (`?file=` or `X-Graylint-File`), for the config's globs. */
  const fileOf = (url: URL, req: IncomingMessage): { ok: true; file: string } | { ok: false; error: string } | undefined => {
    const h = req.headers['x-graylint-file'];
    const file = url.searchParams.get('file') ?? (typeof h === 'string' ? h : undefined);
    if (file === undefined || file === '') return undefined;
    if (file.length > MAX_FILE_NAME || /[\u0000-\u001f]/.test(file)) return { ok: false, error: 'file must be a path of at most 1024 characters without control characters' };
    return { ok: true, file };
  };

  const handleCheck = async (req: IncomingMessage, res: ServerResponse, url: URL, exchange: Exchange): Promise<void> => {
    const media = mediaTypeOf(req.headers['content-type']);
    if (!media) {
      refuse(req, res, 415, 'unsupported-media-type', 'unsupported Content-Type: send message/rfc822, text/html, text/plain or application/json', {
        'Accept-Post': 'message/rfc822, text/html, text/plain, application/json',
      });
      return;
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBodyBytes) return failAndClose(req, res, 413, 'too-large', `the body exceeds the ${maxBodyBytes}-byte limit`);
    if (!budget.fits(declared)) return failAndClose(req, res, 503, 'body-budget', BUSY_BODIES, { 'Retry-After': '1' });
    const body = await readBody(req, exchange);
    if (body === 'too-large') return failAndClose(req, res, 413, 'too-large', `the body exceeds the ${maxBodyBytes}-byte limit`);
    if (body === 'over-budget') return failAndClose(req, res, 503, 'body-budget', BUSY_BODIES, { 'Retry-After': '1' });

    const built = buildCheckRequest(media, body, subjectOf(url, req), opts.esp);
    if (!built.ok) return fail(res, 400, 'bad-request', built.error);
    const named = fileOf(url, req);
    if (named !== undefined && !named.ok) return fail(res, 400, 'bad-request', named.error);
    const file = named?.file ?? built.task.file;
    const chosen = configOf(url, req);
    if (!chosen.ok) return fail(res, 400, 'bad-request', chosen.error);
    const view = viewOf(url);
    if (!view.ok) return fail(res, 400, 'bad-request', view.error);
    const declaredStream = streamOf(url, req, chosen.config !== undefined);
    if (!declaredStream.ok) return fail(res, 400, 'bad-request', declaredStream.error);
    let fileConfig;
    try {
      fileConfig = chosen.config?.forFile(file);
    } catch (err) {
      if (err instanceof ConfigError) return fail(res, 400, 'bad-request', `${file}: ${oneLine(err)}`);
      throw err;
    }
    // A declared stream stands for the config's `streams:` entry for this file.
    if (fileConfig && declaredStream.stream) fileConfig = { ...fileConfig, stream: declaredStream.stream };
    const task = { ...built.task, file, ...(fileConfig ? { options: { ...built.task.options, settings: fileConfig.packSettings(), optInLaws: fileConfig.optInLaws(), sender: fileConfig.sender } } : {}) };

    // A plain request (no config to apply, nothing to draw) is answered on the worker: this thread
    // only passes the bytes on (answer.ts).
    if (!fileConfig && !view.view) {
      const answer = await pool.checkAndAnswer({ ...task, ...(built.shift ? { shift: built.shift } : {}) });
      if (answer.errorCode) metrics.errors.inc({ code: answer.errorCode });
      for (const [law, cls] of answer.verdicts) metrics.verdicts.inc({ law, class: cls });
      return sendText(res, answer.status, Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength), JSON_TYPE);
    }

    // The page's requests also get the message placed for drawing, from the same check.
    let placed: PlacedFile | null = null;
    let result: FileResult;
    if (view.view) ({ result, placed } = await pool.checkAndPlace(task));
    else result = await pool.check(task);
    if (built.shift) result = unshiftResult(result, built.shift);
    // Severities and the declared stream, as `graylint check` applies them (ignores are for batches:
    // a message handed to the service is always checked).
    if (fileConfig) result = applyConfig(result, fileConfig);
    if (result.error) {
      metrics.errors.inc({ code: result.error.code });
    } else {
      for (const [law, verdict] of Object.entries(result.verdicts ?? {}) as Array<[Law, { class: string }]>) {
        metrics.verdicts.inc({ law, class: verdict.class });
      }
    }
    const status = result.error ? 422 : 200;
    if (view.view === 'report' && placed) {
      const { buildReport } = await import('./preview.js');
      const laws = (fileConfig?.registry.laws ?? []).filter((l) => fileConfig!.enabledPacks.has(l.pack));
      const text = buildReport(placed, result, laws.length ? laws : (await import('../packs/registry.js')).bundledRegistry().laws, 'graylint report');
      return sendText(res, status, text, 'text/html; charset=utf-8', { 'Content-Disposition': 'attachment; filename="graylint-report.html"' });
    }
    if (view.view === 'preview' && placed) {
      const { buildPreview } = await import('./preview.js');
      return sendJson(res, status, { ...toContractResult(result), preview: buildPreview(placed, result) });
    }
    sendText(res, status, contractJson(result), JSON_TYPE);
  };

  /** `?ui=preview` (the answer also carries the message drawn for the page) or `?ui=report` (the HTML report): with `ui` only. */
  const viewOf = (url: URL): { ok: true; view: 'preview' | 'report' | null } | { ok: false; error: string } => {
    const v = url.searchParams.get('ui');
    if (v === null) return { ok: true, view: null };
    if (!ui) return { ok: false, error: 'ui= is answered only by a service started with --ui' };
    if (v !== 'preview' && v !== 'report') return { ok: false, error: 'ui must be "preview" or "report"' };
    return { ok: true, view: v };
  };

  /** The stream a request declares its message on (`?stream=` or `X-Graylint-Stream`), as `streams:` in the config would. */
  const streamOf = (url: URL, req: IncomingMessage, configured: boolean): { ok: true; stream: Stream | undefined } | { ok: false; error: string } => {
    const h = req.headers['x-graylint-stream'];
    const asked = url.searchParams.get('stream') ?? (typeof h === 'string' ? h : undefined);
    if (asked === undefined || asked === '') return { ok: true, stream: undefined };
    if (asked !== 'transactional' && asked !== 'marketing') return { ok: false, error: 'stream must be "transactional" or "marketing"' };
    if (!configured) return { ok: false, error: 'this service does not take a declared stream per request' };
    return { ok: true, stream: asked };
  };

  // A service on loopback answers only programs on this machine: not a web page in a browser
  // (a cross-site POST carries Origin), and not a request for another host name (DNS rebinding:
  // a page whose own name has been pointed at 127.0.0.1). Bound elsewhere (--host), Host is free.
  const loopbackOnly = isLoopback(host);
  const foreign = (req: IncomingMessage, route: Route): string | null => {
    if (req.headers.origin !== undefined) {
      // With --ui the page this service serves may call it (ui-guard.ts); the Host check below still applies.
      if (!ui) return 'requests from web pages (with an Origin header) are not answered';
      const refused = pageRequestRefusal(req.headers, token, boundPort, route === 'ui');
      if (refused) return refused;
    }
    if (loopbackOnly && !isLoopback(hostName(req.headers.host))) return 'the Host header must name this machine (localhost, 127.0.0.1 or [::1])';
    return null;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse, route: Route, url: URL, exchange: Exchange): Promise<void> => {
    if (closing) return refuse(req, res, 503, 'shutting-down', 'the server is shutting down', { Connection: 'close' });
    if (overCap.has(req.socket)) return refuse(req, res, 503, 'too-many-connections', BUSY_CONNECTIONS, { 'Retry-After': '1', Connection: 'close' });
    const refused = foreign(req, route);
    if (refused) return refuse(req, res, 403, 'forbidden', refused);
    const method = req.method ?? '';
    switch (route) {
      case '/healthz':
        if (method !== 'GET' && method !== 'HEAD') return refuse(req, res, 405, 'method-not-allowed', 'method not allowed', { Allow: 'GET, HEAD' });
        return sendJson(res, 200, { status: 'ok' });
      case '/metrics': {
        if (method !== 'GET' && method !== 'HEAD') return refuse(req, res, 405, 'method-not-allowed', 'method not allowed', { Allow: 'GET, HEAD' });
        const text = metrics.render();
        res.writeHead(200, {
          'Content-Type': METRICS_CONTENT_TYPE,
          'Content-Length': String(Buffer.byteLength(text)),
          'Cache-Control': 'no-store',
        });
        res.end(text);
        return;
      }
      case '/v1/check':
        if (method !== 'POST') return refuse(req, res, 405, 'method-not-allowed', 'method not allowed', { Allow: 'POST' });
        return handleCheck(req, res, url, exchange);
      case 'ui': {
        if (method !== 'GET' && method !== 'HEAD') return refuse(req, res, 405, 'method-not-allowed', 'method not allowed', { Allow: 'GET, HEAD' });
        const file = ui!.get(url.pathname)!;
        const { UI_HEADERS } = await import('./ui.js');
        return sendText(res, 200, file.body, file.type, { ...UI_HEADERS });
      }
      default:
        return refuse(req, res, 404, 'not-found', 'not found');
    }
  };

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const start = process.hrtime.bigint();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      url = new URL('http://localhost/');
    }
    const route: Route = (ROUTES as readonly string[]).includes(url.pathname) ? (url.pathname as Route) : ui?.get(url.pathname) ? 'ui' : 'unmatched';
    const exchange: Exchange = { route, res, start, counted: false, bodyBytes: 0 };
    exchanges.set(req.socket, exchange);
    inflight++;
    metrics.inflight++;
    res.once('close', () => {
      inflight--;
      metrics.inflight--;
      budget.give(exchange.bodyBytes);
      exchange.bodyBytes = 0;
      if (exchanges.get(req.socket) === exchange) exchanges.delete(req.socket);
      // A client that went away before the answer was sent is not counted as answered.
      if (!exchange.counted && res.writableFinished) observe(route, res.statusCode, start);
      if (inflight === 0) onDrained?.();
    });
    handle(req, res, route, url, exchange).catch((err: unknown) => {
      if (err instanceof ClientGoneError) return;
      if (err instanceof PoolBusyError) return fail(res, 503, 'busy', 'busy: too many checks queued, retry shortly', { 'Retry-After': '1' });
      log(`graylint: internal error on ${req.method} ${url.pathname}: ${oneLine(err)}`);
      if (res.headersSent) res.destroy();
      else fail(res, 500, 'internal', 'internal error');
    });
  };

  const server = createServer(
    {
      headersTimeout,
      requestTimeout,
      // How often node:http looks for connections past those timeouts (its default is 30 s).
      connectionsCheckingInterval: checkingInterval(headersTimeout, requestTimeout),
    },
    onRequest,
  );

  // Connections past the cap are accepted only to be answered 503 (in `handle`), and briefly.
  server.maxConnections = maxConnections + REFUSAL_HEADROOM;
  server.on('connection', (socket: Socket) => {
    connections++;
    socket.once('close', () => connections--);
    if (connections > maxConnections) {
      overCap.add(socket);
      const timer = setTimeout(() => socket.destroy(), OVER_CAP_GRACE_MS);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
    }
  });

  // Client errors (timeouts, unparseable requests, resets) bypass the request handler: answer
  // them here as JSON, as every other error is, and count them.
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Socket) => {
    const exchange = exchanges.get(socket);
    let status: number;
    let code: string;
    let message: string;
    switch (err.code) {
      case 'ERR_HTTP_REQUEST_TIMEOUT':
        [status, code, message] = [408, 'timeout', 'request timeout: the headers or body arrived too slowly'];
        break;
      case 'HPE_HEADER_OVERFLOW':
        [status, code, message] = [431, 'headers-too-large', 'request headers too large'];
        break;
      case 'ECONNRESET':
      case 'EPIPE':
        socket.destroy();
        return;
      default:
        [status, code, message] = [400, 'bad-request', 'malformed HTTP request'];
    }
    if (socket.writable && !exchange?.res.headersSent) {
      metrics.errors.inc({ code });
      if (exchange) exchange.counted = true;
      observe(exchange?.route ?? 'unmatched', status, exchange?.start ?? process.hrtime.bigint());
      const body = `${JSON.stringify({ error: message })}\n`;
      socket.end(
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
      );
      setTimeout(() => socket.destroy(), LINGER_MS).unref();
    } else {
      socket.destroy();
    }
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (err) {
    await pool.destroy();
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? 'address already in use' : code === 'EACCES' ? 'permission denied' : oneLine(err);
    throw new Error(`cannot listen on ${host}:${port}: ${why}`);
  }
  server.on('error', (err) => log(`graylint: server error: ${oneLine(err)}`));

  const address = server.address();
  boundPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;

  let closed: Promise<void> | null = null;
  const close = (): Promise<void> =>
    (closed ??= (async () => {
      closing = true;
      const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inflight > 0) await new Promise<void>((resolve) => (onDrained = resolve));
      // Every request is answered; connections still open are idle (or sending headers of a
      // request that would only get 503): give them a moment, then close them.
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), LINGER_MS);
      await serverClosed;
      clearTimeout(force);
      await pool.destroy();
    })());

  return { url, port: boundPort, workers: pool.size, ...(ui ? { page: `${url}/` } : {}), close };
}

/** The live page's files, with the token and the laws (those of the config's packs) written in. */
async function loadUiFiles(config: ResolvedConfig | undefined, token: string): Promise<UiFiles> {
  const { loadUi } = await import('./ui.js');
  const { bundledRegistry } = await import('../packs/registry.js');
  const fc = config?.forFile('request.html');
  const laws = fc?.registry.laws ?? bundledRegistry().laws;
  const jurisdictions = fc?.jurisdictions ?? laws.filter((l) => !l.optIn).map((l) => l.jurisdiction);
  return loadUi({ token, laws, jurisdictions });
}

/** The host name of a Host header ("localhost:8425" → "localhost", "[::1]:8425" → "::1"). */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const h = header.trim().toLowerCase();
  if (h.startsWith('[')) return h.slice(1, h.indexOf(']') < 0 ? undefined : h.indexOf(']'));
  const colon = h.lastIndexOf(':');
  return colon >= 0 ? h.slice(0, colon) : h;
}

/** localhost, 127.0.0.0/8 or ::1 (a bound address or a Host header's name). */
function isLoopback(name: string): boolean {
  return name === 'localhost' || name === '::1' || name === '0:0:0:0:0:0:0:1' || /^127(?:\.\d{1,3}){3}$/.test(name);
}

function checkingInterval(headersTimeout: number, requestTimeout: number): number {
  const positive = [headersTimeout, requestTimeout].filter((t) => t > 0);
  if (positive.length === 0) return 30_000;
  return Math.min(1000, Math.max(25, Math.floor(Math.min(...positive) / 4)));
}

/**
 * `graylint serve`: starts the server, says where on stderr, and on SIGTERM or SIGINT drains
 * (close()) and exits 0 (1 if closing failed). A second signal while draining exits 1 at once.
 * Rejects, with a one-line message, when the server cannot start (port in use, workers failing).
 */
export async function runServe(opts: ServerOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? stderrLog;
  const server = await startServer({ ...opts, log });
  log(`graylint: listening on ${server.url} (${server.workers} ${server.workers === 1 ? 'worker' : 'workers'})`);
  if (server.page) log(`graylint: the live page is at ${server.page}`);
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      log(`graylint: ${signal} again, exiting without waiting for in-flight requests`);
      process.exit(1);
    }
    stopping = true;
    log(`graylint: ${signal}, finishing in-flight requests`);
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log(`graylint: error while stopping: ${oneLine(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return {
    ...server,
    close: async () => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      await server.close();
    },
  };
}
