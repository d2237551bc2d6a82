// The HTML report's batch summary: one table row per file, and the counts below the table.

import type { FileResult, Finding } from '../../types.js';
import type { LawInfo } from '../../packs/registry.js';
import { streamMismatch } from '../../builtin/stream-mismatch.js';
import { badge, esc } from './escape.js';

/** The summary table's row for one file, linking to its section `id`. */
export function summaryRow(r: FileResult, id: string, laws: readonly LawInfo[]): string {
  const link = `<a href="#${id}">${esc(r.file)}</a>`;
  if (r.error) {
    return `<tr data-file="${esc(r.file)}"><td>${link}</td><td colspan="9"><span class="badge error">cannot check</span> ${esc(r.error.message)}</td></tr>`;
  }
  const count = (s: Finding['severity']) => r.findings.filter((x) => x.severity === s).length;
  const mismatch = r.findings.some((x) => x.ruleId === streamMismatch.meta.id);
  const cells = laws.map((law) => {
    const v = r.verdicts?.[law.id];
    return `<td data-law="${esc(law.id)}">${v ? badge(v.class) : '<span class="muted">–</span>'}</td>`;
  }).join('');
  return [
    `<tr data-file="${esc(r.file)}">`,
    `<td>${link}</td>`,
    `<td data-col="category">${badge(r.category ?? '')}</td>`,
    cells,
    `<td data-col="stream">${esc(r.stream ?? '')}</td>`,
    `<td class="count" data-col="errors">${count('error')}</td>`,
    `<td class="count" data-col="warnings">${count('warning')}</td>`,
    `<td class="count" data-col="info">${count('info')}</td>`,
    `<td data-col="mismatch">${mismatch ? '<span class="badge yes">stream/mismatch</span>' : 'no'}</td>`,
    '</tr>',
  ].join('');
}

/** The summary table up to its first row. */
export function summaryTableStart(laws: readonly LawInfo[]): string {
  return [
    '<table class="summary" id="summary">',
    '<thead><tr><th>File</th><th>Category</th>',
    laws.map((law) => `<th>${esc(law.label)}</th>`).join(''),
    '<th>Stream</th><th>Errors</th><th>Warnings</th><th>Info</th><th>Stream mismatch</th></tr></thead>',
    '<tbody>',
  ].join('\n');
}

/** Between the rows (joined by newlines) and the counts. */
export const SUMMARY_TABLE_END = '</tbody>\n</table>\n';

/** The batch's counts (files, by category, unreadable, findings), added up one result at a time. */
export class SummaryCounts {
  private files = 0;
  // The three usual categories always show, in this order; any other follows as first seen.
  private readonly byCategory: Record<string, number> = { transactional: 0, hybrid: 0, marketing: 0 };
  private unreadable = 0;
  private errors = 0;
  private warnings = 0;
  private infos = 0;

  add(r: FileResult): void {
    this.files++;
    if (r.error) this.unreadable++;
    else this.byCategory[r.category ?? 'transactional'] = (this.byCategory[r.category ?? 'transactional'] ?? 0) + 1;
    for (const x of r.findings) {
      if (x.severity === 'error') this.errors++;
      else if (x.severity === 'warning') this.warnings++;
      else if (x.severity === 'info') this.infos++;
    }
  }

  /** The counts paragraph under the table. */
  html(): string {
    const { files, unreadable, errors, warnings, infos } = this;
    const counts = [
      `<span data-count="files">${files} file${files === 1 ? '' : 's'}</span>`,
      ...Object.entries(this.byCategory).map(([k, n]) => `<span data-count="${k}">${badge(k)} ${n}</span>`),
      unreadable ? `<span data-count="unreadable"><span class="badge error">unreadable</span> ${unreadable}</span>` : '',
      `<span data-count="findings">${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info</span>`,
    ].filter(Boolean);
    return `<p class="counts">${counts.join('')}</p>`;
  }
}
