// Prometheus text exposition format (version 0.0.4), written by hand: a few counters, one gauge
// and one histogram do not need a client library.

export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Upper bounds of the request-duration histogram, in seconds. */
export const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] as const;

type Labels = Record<string, string>;

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}="${escapeLabel(labels[k]!)}"`)
    .join(',');
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

function formatNumber(n: number): string {
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (Number.isNaN(n)) return 'NaN';
  return String(n);
}

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels, by = 1): void {
    const k = labelKey(labels);
    this.values.set(k, (this.values.get(k) ?? 0) + by);
  }
  get(labels: Labels): number {
    return this.values.get(labelKey(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const [k, v] of [...this.values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      lines.push(`${this.name}${k ? `{${k}}` : ''} ${formatNumber(v)}`);
    }
    return lines.join('\n');
  }
}

class Histogram {
  private readonly series = new Map<string, { counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}
  observe(labels: Labels, value: number): void {
    const k = labelKey(labels);
    let s = this.series.get(k);
    if (!s) this.series.set(k, (s = { counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]!) s.counts[i]!++;
    s.sum += value;
    s.count++;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const [k, s] of [...this.series].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const sep = k ? ',' : '';
      this.buckets.forEach((le, i) => lines.push(`${this.name}_bucket{${k}${sep}le="${formatNumber(le)}"} ${s.counts[i]}`));
      lines.push(`${this.name}_bucket{${k}${sep}le="+Inf"} ${s.count}`);
      lines.push(`${this.name}_sum${k ? `{${k}}` : ''} ${formatNumber(s.sum)}`);
      lines.push(`${this.name}_count${k ? `{${k}}` : ''} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/** The service's metrics; `render()` gives the body of GET /metrics. */
export class Metrics {
  readonly requests = new Counter('graylint_requests_total', 'HTTP requests answered, by route and status code.');
  readonly duration = new Histogram(
    'graylint_request_duration_seconds',
    'Time from the request line to the end of the response, by route.',
    DURATION_BUCKETS,
  );
  readonly verdicts = new Counter('graylint_verdicts_total', 'Verdicts given by POST /v1/check, by law and class.');
  readonly errors = new Counter('graylint_errors_total', 'Requests that ended in an error, by error code.');
  inflight = 0;

  constructor(
    private readonly gauges: () => { workers: number; queued: number; connections?: number; bodyBytes?: number } = () => ({ workers: 0, queued: 0 }),
  ) {}

  render(): string {
    const g = this.gauges();
    return [
      this.requests.render(),
      this.duration.render(),
      this.verdicts.render(),
      this.errors.render(),
      '# HELP graylint_inflight_requests Requests being received, checked or answered right now.',
      '# TYPE graylint_inflight_requests gauge',
      `graylint_inflight_requests ${this.inflight}`,
      '# HELP graylint_open_connections Client connections open right now (those past --max-connections are being refused).',
      '# TYPE graylint_open_connections gauge',
      `graylint_open_connections ${g.connections ?? 0}`,
      '# HELP graylint_inflight_body_bytes Request-body bytes held in memory right now, across all requests.',
      '# TYPE graylint_inflight_body_bytes gauge',
      `graylint_inflight_body_bytes ${g.bodyBytes ?? 0}`,
      '# HELP graylint_pool_workers Worker threads in the checking pool.',
      '# TYPE graylint_pool_workers gauge',
      `graylint_pool_workers ${g.workers}`,
      '# HELP graylint_pool_queue_length Checks waiting for a free worker thread.',
      '# TYPE graylint_pool_queue_length gauge',
      `graylint_pool_queue_length ${g.queued}`,
      '',
    ].join('\n');
  }
}
