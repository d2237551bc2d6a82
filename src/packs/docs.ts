import type { Pack, RuleExample } from './load.js';

/**
 * Renders docs/rules.md from the packs: every classification test and every rule with its
 * citation, severity, condition, message, fix and its failing and passing examples (the same
 * examples the test suite runs). A test fails when the committed file is stale.
 */
export function renderRuleDocs(packs: Pack[]): string {
  const out: string[] = [
    '# graylint rules',
    '',
    '<!-- Generated from rules/*.yaml by `npm run docs`; do not edit by hand. -->',
    '',
    'Each pack decides one class (its `classify` tests run in order; the first that holds wins) and',
    'reports findings from its `rules`. Conditions use the signal names listed by `graylint check --explain`.',
    '',
  ];
  for (const p of packs) out.push(`- [${p.name}](#${anchor(p.id)}) — \`rules/${p.file.split(/[\\/]/).pop()}\``);
  out.push('');
  for (const p of packs) {
    out.push(`## ${p.id}`, '', `**${p.name}**${p.citation ? ` — ${p.citation}` : ''}`, '');
    if (Object.keys(p.settings).length) {
      out.push('### Settings', '', '| setting | default | meaning |', '| --- | --- | --- |');
      for (const [k, s] of Object.entries(p.settings)) out.push(`| \`${k}\` | ${s.value} | ${oneLine(s.doc)} |`);
      out.push('');
    }
    if (p.classify.length) {
      out.push(`### Classification (${p.decides})`, '', '| test id | class | when | citation |', '| --- | --- | --- | --- |');
      for (const t of p.classify) out.push(`| \`${t.id}\` | ${t.class} | \`${t.when.source.replace(/\|/g, '\\|')}\` | ${t.citation} |`);
      out.push('');
    }
    for (const r of p.rules) {
      out.push(
        `### ${r.id}`,
        '',
        r.description,
        '',
        `- **Severity:** ${r.severity}`,
        `- **Citation:** ${r.citation}`,
        `- **Fires when:** \`${r.when.source}\``,
        `- **Location:** ${r.scope}`,
        `- **Message:** ${r.message}`,
        `- **Fix:** ${r.fix}`,
        '',
        '**Fails:**',
        '',
        ...example(r.examples.fail),
        '**Passes:**',
        '',
        ...example(r.examples.pass),
      );
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function example(ex: RuleExample): string[] {
  const lines: string[] = [];
  if (ex.subject) lines.push(`Subject: \`${ex.subject}\``, '');
  lines.push(ex.kind === 'eml' ? '```eml' : '```html', ex.content.trimEnd(), '```', '');
  return lines;
}

function anchor(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
