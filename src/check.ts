import type { FileResult, Report } from './types.js';
import { parseInput, readInputFile, InputError, DEFAULT_MAX_BYTES, type ParseOptions } from './input/index.js';
import { buildModel } from './model/index.js';
import { computeSignals } from './signals/index.js';
import { loadPacks, PackError, type Pack } from './packs/load.js';
import { decide, type SettingOverrides } from './verdicts/index.js';
import { applyDirectives } from './findings/directives.js';
import { defaultLexicon, type Lexicon } from './lexicon/index.js';

export interface CheckOptions extends ParseOptions {
  /** Pack settings that replace the defaults, e.g. { 'can-spam': { beginningOfBody: 0.3 } }. */
  settings?: SettingOverrides;
  /** Include every signal value in the result (for --explain and evaluation). */
  explain?: boolean;
  maxBytes?: number;
}

/** A checker holds compiled packs and lexicons, so many messages are checked without re-reading disk. */
export interface Checker {
  checkBuffer(file: string, bytes: Buffer, opts?: CheckOptions): Promise<FileResult>;
  checkFile(file: string, opts?: CheckOptions): Promise<FileResult>;
  checkFiles(files: string[], opts?: CheckOptions): Promise<Report>;
  packs: Pack[];
}

export function createChecker(config: { packs?: Pack[]; lexicon?: Lexicon; rulesDir?: string } = {}): Checker {
  const packs = config.packs ?? loadPacks(config.rulesDir);
  const lexicon = config.lexicon ?? defaultLexicon();

  const checkBuffer = async (file: string, bytes: Buffer, opts: CheckOptions = {}): Promise<FileResult> => {
    try {
      const parsed = await parseInput(file, bytes, opts);
      const model = buildModel(parsed, lexicon);
      const signals = await computeSignals(model, lexicon);
      const d = decide(packs, signals, opts.settings);
      const { kept, suppressed } = applyDirectives(d.findings, model);
      const result: FileResult = {
        file,
        kind: model.kind,
        language: String(signals.values['language']),
        subject: model.subject?.text ?? '',
        category: d.category,
        stream: d.stream,
        verdicts: d.verdicts,
        findings: kept,
      };
      if (suppressed.length) result.suppressed = suppressed;
      if (opts.explain) {
        result.signals = signals.values;
        result.promotions = signals.evidence['promo'] ?? [];
      }
      return result;
    } catch (err) {
      if (err instanceof InputError) return { file, findings: [], error: { code: err.code, message: err.message } };
      if (err instanceof PackError) throw err;
      // A parser failure on one hostile file must not stop the others from being checked.
      const message = err instanceof Error ? err.message.split('\n')[0]!.slice(0, 200) : String(err);
      return { file, findings: [], error: { code: 'unreadable', message: `could not be parsed (${message})` } };
    }
  };

  const checkFile = async (file: string, opts: CheckOptions = {}): Promise<FileResult> => {
    let bytes: Buffer;
    try {
      bytes = await readInputFile(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    } catch (err) {
      if (err instanceof InputError) return { file, findings: [], error: { code: err.code, message: err.message } };
      throw err;
    }
    return checkBuffer(file, bytes, opts);
  };

  const checkFiles = async (files: string[], opts: CheckOptions = {}): Promise<Report> => {
    const results: FileResult[] = [];
    for (const f of files) results.push(await checkFile(f, opts));
    return { version: 1, results };
  };

  return { checkBuffer, checkFile, checkFiles, packs };
}
