import type { Pack, Rule, RuleExample } from './load.js';
import { BUILTIN_RULES, type BuiltinRule } from '../builtin/index.js';
import { registryOf } from './registry.js';
import { SIGNAL_ENTRIES, SIGNAL_GROUPS, signalGroup, type SignalEntry } from '../signals/vocabulary.js';

/**
 * Rule documentation generated from the packs: docs/rules/README.md (every pack with its
 * settings and classification tests, and an index of rules), docs/rules/<pack>/<rule>.md
 * (one page per rule with citation, severity, condition, message, fix and the failing and
 * passing examples that the test suite runs) and docs/rules/signals.md (the names a condition
 * can read). A test fails when the committed pages are stale.
 */
export function renderRuleDocs(packs: Pack[]): Map<string, string> {
  const pages = new Map<string, string>();
  pages.set('README.md', renderIndex(packs));
  pages.set(SIGNALS_PAGE, renderSignals(registryOf(packs).contextNames));
  for (const p of packs) for (const r of p.rules) pages.set(rulePagePath(r.id), renderRule(p, r));
  for (const b of BUILTIN_RULES) pages.set(rulePagePath(b.meta.id), renderBuiltin(b));
  return pages;
}

function renderBuiltin(b: BuiltinRule): string {
  const rests = b.meta.citation ? [`- **Rests on:** ${b.meta.citation}`] : [];
  const level = b.meta.configurable ? ['- **Configurable:** yes (`rules:` in graylint.config.yaml)'] : [];
  return finish([`# ${b.meta.id}`, '', GENERATED, '', b.meta.description, '', `- **Severity:** ${b.meta.severity}`, '- **Source:** graylint itself (no rule pack)', ...rests, ...level, '', '## Fix', '', b.meta.fix, '', '## Example', '', '```', b.meta.example, '```']);
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
    'reported in `decidedBy`. Rules then report findings. Conditions read the signals listed, with',
    `their types and meanings, in [${SIGNALS_PAGE}](${SIGNALS_PAGE}).`,
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
    if (p.doubts.length) {
      out.push('Doubts (a high-confidence verdict becomes medium when one holds; the class stays):', '', '| doubt id | when | why | citation |', '| --- | --- | --- | --- |');
      for (const d of p.doubts) out.push(`| \`${d.id}\` | \`${d.when.source.replace(/\|/g, '\\|')}\` | ${oneLine(d.reason)} | ${d.citation} |`);
      out.push('');
    }
    if (p.rules.length) {
      out.push('| rule | severity | what it checks |', '| --- | --- | --- |');
      for (const r of p.rules) out.push(`| [${r.id}](${rulePagePath(r.id)}) | ${r.severity} | ${oneLine(r.description)} |`);
      out.push('');
    }
  }
  out.push('## Built in', '', 'Findings from graylint itself: the config, inline directives and unreadable input.', '', '| rule | severity | what it checks |', '| --- | --- | --- |');
  for (const b of BUILTIN_RULES) out.push(`| [${b.meta.id}](${rulePagePath(b.meta.id)}) | ${b.meta.severity} | ${oneLine(b.meta.description)} |`);
  return finish(out);
}

const SIGNALS_PAGE = 'signals.md';

/** docs/rules/signals.md: the other names a condition can read, then every signal of the vocabulary by group. */
function renderSignals(contextNames: readonly string[]): string {
  const out: string[] = ['# Signals', '', '<!-- Generated from src/signals/vocabulary.ts by `npm run docs`; do not edit by hand. -->', ''];
  out.push(
    'A condition (`when:` in a pack) reads signals: what graylint found in the message, each a',
    'boolean, a number or a string. `graylint check --explain` shows their values for a message, and',
    '`graylint packs lint` rejects a name that is not listed here.',
    '',
    `Besides signals, a condition can read what the packs decided (${contextNames.map((n) => `\`${n}\``).join(', ')};`,
    '`class` is what its own pack decided) and its pack\'s settings as `settings.<name>`.',
    '',
  );
  const groups = new Map<string, Array<[string, SignalEntry]>>();
  for (const [name, entry] of SIGNAL_ENTRIES) groups.set(signalGroup(name), [...(groups.get(signalGroup(name)) ?? []), [name, entry]]);
  // In SIGNAL_GROUPS order; a group it does not name is still listed, after the others.
  const order = Object.keys(SIGNAL_GROUPS);
  const rank = (g: string) => (order.includes(g) ? order.indexOf(g) : order.length);
  for (const [group, entries] of [...groups].sort(([a], [b]) => rank(a) - rank(b))) {
    const title = SIGNAL_GROUPS[group];
    out.push(`## ${group ? `${group}.*` : 'Without a prefix'}${title ? ` — ${title}` : ''}`, '', '| signal | type | meaning |', '| --- | --- | --- |');
    for (const [name, entry] of entries) out.push(`| \`${name}\` | ${entry.type} | ${cell(entry.description)} |`);
    out.push('');
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
    ...messageCases(r),
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

/** The rule's message, or its cases in order (the first that holds is reported) and the message when none does. */
function messageCases(r: Rule): string[] {
  if (!r.cases.length) return [r.message, ''];
  const out = ['The first case that holds gives the message:', '', '| when | message | fix |', '| --- | --- | --- |'];
  for (const c of r.cases) out.push(`| \`${c.when.source.replace(/\|/g, '\\|')}\` | ${cell(c.message)} | ${c.fix ? cell(c.fix) : '(the rule\'s fix)'} |`);
  out.push(`| otherwise | ${cell(r.message)} | (the rule's fix) |`, '');
  return out;
}

function cell(s: string): string {
  return oneLine(s).replace(/\|/g, '\\|');
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
