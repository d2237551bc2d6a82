export interface CaseSpec {
  issue?: string;
  what?: string;
  fix?: string;
  /** A command case: the input to generate and the graylint arguments ({input}, {tmp} filled in). */
  input?: { generate: string; [key: string]: unknown };
  run?: string[];
  writes?: string[];
  stdout?: string;
  stderr?: string;
  notStdout?: string;
  notStderr?: string;
  /** A service case: the `graylint serve` arguments (with --port 0) and the flood to send. */
  serve?: string[];
  flood?: { clients: number; bodyBytes: number };
  expectStatuses?: number[];
  maxRssGrowthMb?: number;
  /** The exit code the run must end with (for serve: after SIGTERM). */
  exit: number;
}
export interface Case {
  name: string;
  spec: CaseSpec;
}
export interface CaseOutcome {
  exit: number | null;
  ms: number;
  problems: string[];
}
export declare function loadCases(dir: string): Case[];
export declare function runCase(spec: CaseSpec, opts: { cli: string }): Promise<CaseOutcome>;
