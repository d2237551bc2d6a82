import { randomBytes } from 'node:crypto';
import type { LawInfo } from '../../packs/registry.js';
import { bundledRegistry } from '../../packs/registry.js';
import type { PlacedFile } from '../../placement/index.js';
import { resolveLimits, type Limits } from '../../limits.js';
import { Spool, type SpoolOptions } from '../spool.js';
import { joinChunks } from '../text.js';
import { esc } from './escape.js';
import { fileSection } from './file-section.js';
import { REPORT_CSS } from './styles.js';
import { SUMMARY_TABLE_END, SummaryCounts, summaryRow, summaryTableStart } from './summary.js';

export interface HtmlReportOptions {
  /** Page title (default "graylint report"). */
  title?: string;
  /** Nonce for report-inserted marks; random by default (fixed only for tests). */
  nonce?: string;
  /** The laws to show, in order (default: those of the bundled packs). */
  laws?: readonly LawInfo[];
  /**
   * Limits for rendering a file explained without its own (PlacedFile.limits); default
   * DEFAULT_LIMITS. A message is rendered only as far as its check read it.
   */
  limits?: Partial<Limits>;
}

/** The report's own policy: inline styles only, nothing fetched, no script, frames only from srcdoc. */
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self' about:; base-uri 'none'; form-action 'none'";

/**
 * The HTML report built one placed file at a time: each file becomes its summary row and its
 * section as it is added, and is dropped; the log keeps only that text (in spools: in memory while
 * small, then in a temporary file) and the summary's counts. The summary opens the page and needs
 * every file, so the document is written once the last is in; `chunks` hands it out in pieces.
 * Call `dispose` when done, to remove any temporary file.
 */
export class HtmlReportLog {
  private readonly nonce: string;
  private readonly title: string;
  private readonly laws: readonly LawInfo[];
  private readonly limits: Limits;
  private readonly rows: Spool;
  private readonly sections: Spool;
  private readonly counts = new SummaryCounts();
  private added = 0;

  constructor(opts: HtmlReportOptions = {}, spool: SpoolOptions = {}) {
    this.nonce = opts.nonce ?? randomBytes(12).toString('hex');
    this.title = opts.title ?? 'graylint report';
    this.laws = opts.laws ?? bundledRegistry().laws;
    this.limits = resolveLimits(opts.limits);
    this.rows = new Spool(spool);
    this.sections = new Spool(spool);
  }

  add(f: PlacedFile): void {
    const id = `file-${this.added + 1}`;
    this.rows.append(`${this.added > 0 ? '\n' : ''}${summaryRow(f.result, id, this.laws)}`);
    this.sections.append(`${fileSection(f, id, this.nonce, this.laws, f.limits ?? this.limits)}\n`);
    this.counts.add(f.result);
    this.added++;
  }

  /** Bytes of report text kept so far (rows and sections), and whether any is in a temporary file. */
  get kept(): { bytes: number; onDisk: boolean } {
    return { bytes: this.rows.size + this.sections.size, onDisk: this.rows.onDisk || this.sections.onDisk };
  }

  /** The whole document: the chunks of `chunks()` joined. */
  finish(): string {
    return joinChunks(this.chunks());
  }

  /** The document in pieces, to be written one after another; the kept text is never joined into one copy. */
  *chunks(): Generator<string | Buffer> {
    yield `${this.head()}\n${summaryTableStart(this.laws)}`;
    yield* this.rows.chunks();
    yield `${SUMMARY_TABLE_END}${this.counts.html()}\n`;
    yield* this.sections.chunks();
    yield '</body>\n</html>\n';
  }

  /** Removes the temporary files, if any. */
  dispose(): void {
    this.rows.dispose();
    this.sections.dispose();
  }

  private head(): string {
    return [
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${esc(REPORT_CSP)}">`,
      '<meta name="referrer" content="no-referrer">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      `<title>${esc(this.title)}</title>`,
      `<style>${REPORT_CSS}</style>`,
      '</head>',
      '<body>',
      `<h1>${esc(this.title)}</h1>`,
      '<p class="note">What each law will think of these messages, shown on the messages themselves. graylint is an engineering aid, not legal advice.</p>',
    ].join('\n');
  }
}
