// The local HTTP service (`graylint serve`) and the worker-thread pool it checks on.
export { startServer, runServe, SERVER_DEFAULTS, type ServerOptions, type RunningServer } from './http.js';
export { createPool, defaultWorkerCount, PoolBusyError, type Pool, type PoolOptions, type CheckRequest } from './pool.js';
export { buildCheckRequest, toContractResult, ACCEPTED_MEDIA_TYPES, REQUEST_FILE } from './request.js';
export { Metrics, METRICS_CONTENT_TYPE, DURATION_BUCKETS } from './metrics.js';
