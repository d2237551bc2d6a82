import type { Block, ContentModel, Directive, Finding } from '../types.js';
import { directiveWithoutReason } from '../builtin/directive-without-reason.js';
import { unusedDirective } from '../builtin/unused-directive.js';

/**
 * Inline directives in HTML or template comments, ESLint-style but per block:
 *
 *   <!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->
 *   <!-- graylint-disable gdpr/* -- reason -->  …  <!-- graylint-enable gdpr/* -->
 *
 * A directive silences the named rules (all rules when none is named) in the next block, or
 * between disable and enable. Findings without a line (a subject from the command line, a
 * header) are only silenced by a disable that starts before the first block and never ends.
 * A directive without a reason after "--", and one that silenced nothing, are reported.
 */
export interface DirectiveOutcome {
  kept: Finding[];
  suppressed: Array<Finding & { suppressedBy: string }>;
}

interface Span {
  directive: Directive;
  from: number; // first line covered
  to: number; // last line covered (inclusive)
  wholeFile: boolean;
  used: boolean;
}

export function applyDirectives(findings: Finding[], model: Pick<ContentModel, 'directives' | 'blocks'>): DirectiveOutcome {
  if (model.directives.length === 0) return { kept: findings, suppressed: [] };
  const spans = spansOf(model.directives, model.blocks);
  const kept: Finding[] = [];
  const suppressed: DirectiveOutcome['suppressed'] = [];
  for (const f of findings) {
    const span = spans.find((s) => covers(s, f));
    if (span) {
      span.used = true;
      suppressed.push({ ...f, suppressedBy: span.directive.reason || '(no reason given)' });
    } else kept.push(f);
  }
  for (const s of spans) {
    const d = s.directive;
    const where = { scope: 'body' as const, line: d.line, column: d.column };
    const text = `graylint-${d.kind}${d.rules.length ? ` ${d.rules.join(', ')}` : ''}`;
    if (!d.reason) {
      kept.push({
        ruleId: directiveWithoutReason.meta.id,
        severity: 'warning',
        message: `The directive “${text}” gives no reason.`,
        citation: 'graylint inline directives',
        location: where,
        evidence: text,
        fix: 'Say why after " -- ", e.g. <!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->.',
        pack: 'graylint',
      });
    }
    if (!s.used) {
      kept.push({
        ruleId: unusedDirective.meta.id,
        severity: 'warning',
        message: `The directive “${text}” silences nothing: no such finding is reported where it applies.`,
        citation: 'graylint inline directives',
        location: where,
        evidence: text,
        fix: 'Remove the directive, or fix the rule id or its position (it applies to the block right after it).',
        pack: 'graylint',
      });
    }
  }
  return { kept, suppressed };
}

function spansOf(directives: Directive[], blocks: Block[]): Span[] {
  const firstLine = blocks[0]?.location.line ?? Number.POSITIVE_INFINITY;
  const spans: Span[] = [];
  const open: Span[] = [];
  for (const d of [...directives].sort((a, b) => a.offset - b.offset)) {
    if (d.kind === 'disable-next-block') {
      const i = blocks.findIndex((b) => lineOf(b) > d.line || (lineOf(b) === d.line && (b.location.column ?? 0) > d.column));
      const block = blocks[i];
      if (!block) {
        spans.push({ directive: d, from: 0, to: -1, wholeFile: false, used: false });
        continue;
      }
      const next = blocks.slice(i + 1).find((b) => lineOf(b) > lineOf(block));
      spans.push({ directive: d, from: lineOf(block), to: next ? lineOf(next) - 1 : lineOf(block), wholeFile: false, used: false });
    } else if (d.kind === 'disable') {
      const span: Span = { directive: d, from: d.line, to: Number.POSITIVE_INFINITY, wholeFile: d.line <= firstLine, used: false };
      spans.push(span);
      open.push(span);
    } else {
      // An enable closes the open disables it names (or all of them when it names none).
      for (const s of [...open]) {
        if (d.rules.length === 0 || d.rules.some((r) => s.directive.rules.includes(r))) {
          s.to = d.line;
          s.wholeFile = false;
          open.splice(open.indexOf(s), 1);
        }
      }
    }
  }
  return spans;
}

function covers(s: Span, f: Finding): boolean {
  if (!matchesRule(s.directive.rules, f.ruleId)) return false;
  const line = f.location.line;
  // Subject, From and header locations are not lines of the body (an .eml's header lines are
  // counted in the raw message, the body's in its decoded part): only a file-wide disable reaches them.
  const inBody = f.location.scope === 'body' || f.location.scope === 'cta' || f.location.scope === 'footer' || f.location.scope === 'preheader';
  if (line === undefined || !inBody) return s.wholeFile;
  return line >= s.from && line <= s.to;
}

function matchesRule(rules: string[], ruleId: string): boolean {
  if (rules.length === 0) return true;
  return rules.some((r) => r === ruleId || (r.endsWith('/*') && ruleId.startsWith(r.slice(0, -1))));
}

function lineOf(b: Block): number {
  return b.location.line ?? 0;
}
