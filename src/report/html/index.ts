// "Show, don't tell": a self-contained HTML report. Each message is rendered in a sandboxed
// iframe with its promotional blocks and transactional core outlined and the CAN-SPAM
// "beginning of the body" cut-off drawn, next to the verdicts and findings that they explain.
//
// No network, no external assets, no script: inline CSS only. Everything from the message is
// either escaped (outside the iframe) or sanitised and sandboxed (inside it).

import type { PlacedFile } from '../../placement/index.js';
import { HtmlReportLog, type HtmlReportOptions } from './report-log.js';

export type { PlacedFile } from '../../placement/index.js';
export { placeFile, placePath } from '../../placement/index.js';
export { HtmlReportLog, type HtmlReportOptions } from './report-log.js';
export { cutoffText, leftOutText, messageFrame, NOT_POSITIONED, type MessageFrame } from './file-section.js';
export { esc } from './escape.js';

/** One self-contained HTML document for a batch of explained files. */
export function formatHtmlReport(files: PlacedFile[], opts: HtmlReportOptions = {}): string {
  // Everything is returned as one string anyway, so nothing goes to a temporary file.
  const log = new HtmlReportLog(opts, { memoryBytes: Infinity });
  for (const f of files) log.add(f);
  return log.finish();
}
