import { readFileSync } from 'node:fs';
import { createChecker, type Checker } from '../../check.js';
import { placeFile, placeStages, type PlacedFile } from '../../placement/index.js';
import type { FileResult } from '../../types.js';
import type { Formatter, FormatContext } from '../index.js';
import { formatHtmlReport } from './index.js';

/**
 * --format html: each message placed on its markup (blocks, core, promotions) from the stages its check ran,
 * beside the verdicts and findings the check gave. A result without stages (checked elsewhere,
 * e.g. by --branches or a caller of the formatter) is checked again from its file, with the
 * options the context records.
 */
export const htmlFormatter: Formatter = async (report, ctx) => {
  const place = resultPlacer(ctx);
  const placed: PlacedFile[] = [];
  for (const r of report.results) placed.push(await place(r));
  return formatHtmlReport(placed, { laws: ctx.registry.laws });
};

/**
 * Places one result for the report: on the stages its check ran (ctx.stagesOf), else by checking
 * its file again with a checker made on first need.
 */
export function resultPlacer(ctx: FormatContext): (r: FileResult) => Promise<PlacedFile> {
  const packs = [...ctx.packs];
  let checker: Checker | null = null;
  return async (r) => {
    const stages = ctx.stagesOf?.(r.file);
    if (stages !== undefined) return placeStages(r, stages, { packs });
    return placeFromFile(r, ctx, (checker ??= createChecker({ packs })));
  };
}

async function placeFromFile(r: FileResult, ctx: FormatContext, checker: Checker): Promise<PlacedFile> {
  let bytes = Buffer.alloc(0);
  // (A message cut out of an mbox, "inbox.mbox#3", has no file of its own: it is reported without its rendering.)
  if (!r.error && !/#\d+$/.test(r.file)) {
    try {
      bytes = readFileSync(ctx.pathOf?.(r.file) ?? r.file);
    } catch {
      bytes = Buffer.alloc(0);
    }
  }
  return placeFile(r.file, bytes, { checker, result: r, subject: ctx.subject, kind: ctx.kind, esp: ctx.esp });
}
