import type { Pack } from '../packs/load.js';
import { BUILTIN_RULES } from '../builtin/index.js';

/** `graylint rules`: every pack with its classification tests and rules, one line each. */
export function listRules(packs: Pack[]): string {
  const out: string[] = [];
  for (const p of packs) {
    out.push(`${p.id}  ${p.name} (v${p.version})${p.decides ? `  decides: ${p.decides}` : ''}`);
    if (p.law) {
      const order = p.classes.join(' < ');
      out.push(`  law   ${p.law.label} (jurisdiction ${p.law.jurisdiction}): ${order}; marketing stream: ${p.law.marketing.join(', ')}`);
    }
    for (const t of p.classify) out.push(`  test  ${t.id.padEnd(52)} → ${t.class}`);
    for (const r of p.rules) {
      const status = r.status === 'stable' ? '' : `[${r.status}${r.replacedBy ? `: use ${r.replacedBy}` : ''}] `;
      out.push(`  rule  ${r.id.padEnd(52)} ${r.severity.padEnd(8)} ${status}${r.description}`);
    }
    out.push('');
  }
  out.push('graylint  findings of graylint itself (config, directives, input, limits, ESP routes)');
  for (const b of BUILTIN_RULES) out.push(`  rule  ${b.meta.id.padEnd(52)} ${b.meta.severity.split(' ')[0]!.padEnd(8)} ${b.meta.description.split('. ')[0]}`);
  out.push('');
  return out.join('\n');
}
