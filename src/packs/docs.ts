import type { Pack, Rule, RuleExample } from './load.js';

/**
 * Rule documentation generated from the packs: docs/rules/README.md (every pack with its
 * settings and classification tests, and an index of rules) and docs/rules/<pack>/<rule>.md
 * (one page per rule with citation, severity, condition, message, fix and the failing and
 * passing examples that the test suite runs). A test fails when the committed pages are stale.
 */
export function renderRuleDocs(packs: Pack[]): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('README.md', renderIndex(packs));
  for (const p of packs) for (const r of p.rules) pages.set(rulePagePath(r.id), renderRule(p, r));
  return pages;
}

/** docs/rules/ relative path of a rule's page: "can-spam/missing-unsubscribe.md". */
export function rulePagePath(ruleId: string): string {
  const [pack, ...rest] = ruleId.split('/');
  return `${pack}/${rest.join('/')}.md`;
}

const GENERATED = '<!-- Generated from rules/*.yaml by `npm run docs`; do not edit by hand. -->';

function renderIndex(packs: Pack[]): string {
  const out: string[] = ['# graylint rules', '', GENERATED, ''];
  out.push(
    'Each pack that decides a class runs its `classify` tests in order; the first that holds wins and is',
    'reported in `decidedBy`. Rules then report findings. Conditions use the signal names that',
    '`graylint check --explain` lists.',
    '',
  );
  for (const p of packs) {
    out.push(`## ${p.id} — ${p.name}`, '', oneLine(p.citation || ''), '');
    if (Object.keys(p.settings).length) {
      out.push('| setting | default | meaning |', '| --- | --- | --- |');
      for (const [k, s] of Object.entries(p.settings)) out.push(`| \`${p.id}.${k}\` | ${s.value} | ${oneLine(s.doc)} |`);
      out.push('');
    }
    if (p.classify.length) {
      out.push(`Classification (\`${p.decides}\`):`, '', '| test id | class | when | citation |', '| --- | --- | --- | --- |');
      for (const t of p.classify) out.push(`| \`${t.id}\` | ${t.class} | \`${t.when.source.replace(/\|/g, '\\|')}\` | ${t.citation} |`);
      out.push('');
    }
    if (p.rules.length) {
      out.push('| rule | severity | what it checks |', '| --- | --- | --- |');
      for (const r of p.rules) out.push(`| [${r.id}](${rulePagePath(r.id)}) | ${r.severity} | ${oneLine(r.description)} |`);
      out.push('');
    }
  }
  return finish(out);
}

function renderRule(p: Pack, r: Rule): string {
  return finish([
    `# ${r.id}`,
    '',
    GENERATED,
    '',
    r.description,
    '',
    `- **Pack:** ${p.name} (\`rules/${p.file.split(/[\\/]/).pop()}\`)`,
    `- **Severity:** ${r.severity}`,
    `- **Citation:** ${r.citation}`,
    `- **Fires when:** \`${r.when.source}\``,
    `- **Location:** ${r.scope}`,
    '',
    '## Message',
    '',
    r.message,
    '',
    '## Fix',
    '',
    r.fix,
    '',
    '## Fails',
    '',
    ...example(r.examples.fail),
    '## Passes',
    '',
    ...example(r.examples.pass),
  ]);
}

function example(ex: RuleExample): string[] {
  const lines: string[] = [];
  if (ex.subject) lines.push(`Subject: \`${ex.subject}\``, '');
  lines.push(ex.kind === 'eml' ? '```eml' : '```html', ex.content.trimEnd(), '```', '');
  return lines;
}

function finish(lines: string[]): string {
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
