import type { Pack } from '../packs/load.js';
import { registryOf, type Registry } from '../packs/registry.js';
import type { CheckOptions, CheckStages } from '../check.js';
import type { Report } from '../types.js';

/**
 * One contract for every report format (ESLint's formatters): a function of the report and a
 * context, loaded by name from one map. The heavy ones (the HTML report) are loaded only when
 * asked for.
 */
export interface FormatContext {
  /** The loaded packs (SARIF and JUnit list their rules). */
  packs: readonly Pack[];
  /** Their laws and rules: names, classes, glossary. */
  registry: Registry;
  /** ANSI colours in the terminal report. */
  color: boolean;
  /** Folder that paths in SARIF are made relative to. */
  cwd: string;
  toolVersion: string;
  /** What the check was given (the HTML report checks a file again with them when it has no stages for it). */
  subject?: string;
  kind?: CheckOptions['kind'];
  esp?: CheckOptions['esp'];
  /** Where a reported file's bytes are (a name that is not UTF-8 is read by its bytes); default: the name. */
  pathOf?: (file: string) => string | Buffer;
  /**
   * The stages each file's check ran (Checker.checkBufferWithStages), for the formats that draw on
   * them (formatDrawsOnStages); undefined for a file checked without them, null for one that
   * could not be read.
   */
  stagesOf?: (file: string) => CheckStages | null | undefined;
}

export type Formatter = (report: Report, ctx: FormatContext) => string | Promise<string>;

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'html'] as const;
export type FormatName = (typeof FORMATS)[number];

const FORMATTERS: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).stylishFormatter,
  json: async () => (await import('./json.js')).jsonFormatter,
  sarif: async () => (await import('./sarif.js')).sarifFormatter,
  github: async () => (await import('./github.js')).githubFormatter,
  junit: async () => (await import('./junit.js')).junitFormatter,
  html: async () => (await import('./html/from-report.js')).htmlFormatter,
};

/** Formats that show the message itself, drawn from the stages of its check (so the check keeps them). */
const DRAWS_ON_STAGES: ReadonlySet<FormatName> = new Set(['html']);

export function formatDrawsOnStages(name: FormatName): boolean {
  return DRAWS_ON_STAGES.has(name);
}

/** The formatter of a format, by name. */
export function loadFormatter(name: FormatName): Promise<Formatter> {
  return FORMATTERS[name]();
}

/** A context for the given packs, with defaults for everything else. */
export function formatContext(packs: readonly Pack[], rest: Partial<Omit<FormatContext, 'packs' | 'registry'>> = {}): FormatContext {
  return { packs, registry: registryOf(packs), color: false, cwd: process.cwd(), toolVersion: '', ...rest };
}
