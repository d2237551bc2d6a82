export interface CaseSpec {
  issue?: string;
  what?: string;
  fix?: string;
  /** A command case: the input to generate and the graylint arguments ({input}, {tmp} filled in). */
  input?: { generate: string; [key: string]: unknown };
  run?: string[];
  writes?: string[];
  /** Files the run must not create (e.g. one an injected git option would write). */
  notWrites?: string[];
  /** The folder the command runs in ({input}, {tmp} filled in). */
  cwd?: string;
  /** Read one chunk of stdout, then close the pipe (a reader that stops early, `| head`). */
  closeStdoutEarly?: boolean;
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
  /** Why the case was not run on this system (no mkfifo, no git), when it was not. */
  skipped?: string;
}
export declare function loadCases(dir: string): Case[];
export declare function runCase(spec: CaseSpec, opts: { cli: string }): Promise<CaseOutcome>;
