// The service's defaults, apart from the server itself so that the CLI can show them in
// `graylint serve --help` without loading node:http and the worker pool.

export const SERVER_DEFAULTS = {
  host: '127.0.0.1',
  port: 8425,
  maxBodyBytes: 10 * 1024 * 1024,
  maxConnections: 1024,
  maxInflightBodyBytes: 64 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  maxQueue: 1024,
} as const;
