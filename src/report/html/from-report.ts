import { readFileSync } from 'node:fs';
import { explainFile } from '../../explain/index.js';
import type { Formatter } from '../index.js';
import { formatHtmlReport } from './index.js';

/**
 * --format html: each checked message read again and explained (blocks, core, promotions) for the
 * self-contained report, beside the verdicts and findings the check gave.
 */
export const htmlFormatter: Formatter = async (report, ctx) => {
  const explained = [];
  for (const r of report.results) {
    let bytes = Buffer.alloc(0);
    // (A message cut out of an mbox, "inbox.mbox#3", is reported without its rendering.)
    if (!r.error && !/#\d+$/.test(r.file)) {
      try {
        bytes = readFileSync(ctx.pathOf?.(r.file) ?? r.file);
      } catch {
        bytes = Buffer.alloc(0);
      }
    }
    explained.push(await explainFile(r.file, bytes, { result: r, packs: [...ctx.packs], subject: ctx.subject, kind: ctx.kind }));
  }
  return formatHtmlReport(explained, { laws: ctx.registry.laws });
};
