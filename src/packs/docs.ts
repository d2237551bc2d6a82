import type { Pack, Rule, RuleExample } from './load.js';
import { ESP_RULES } from '../esp/findings.js';
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
  for (const b of BUILTIN_RULES) pages.set(rulePagePath(b.id), renderBuiltin(b));
  return pages;
}

/** Findings that come from graylint itself rather than from a pack (config, directives, input). */
interface BuiltinRule {
  id: string;
  severity: string;
  description: string;
  fix: string;
  example: string;
}

export const BUILTIN_RULES: BuiltinRule[] = [
  {
    id: 'stream/mismatch',
    severity: 'error (declared transactional) / info (declared marketing)',
    description: 'A template declared on the transactional stream by `streams:` in graylint.config.yaml is commercial, a CEM or direct marketing under at least one law; or a template declared marketing has nothing promotional in it.',
    fix: 'Remove the promotional content from the template, or move it to the marketing stream (and send it only with consent, an unsubscribe link and a postal address).',
    example: 'streams:\n  transactional: ["templates/transactional/**"]\n# templates/transactional/receipt.html carries "Refer a friend, get $10" → stream/mismatch (error)',
  },
  {
    id: 'graylint/unused-directive',
    severity: 'warning',
    description: 'An inline `graylint-disable…` directive silenced nothing: no such finding is reported in the block or range it covers.',
    fix: 'Remove the directive, or correct the rule id or its position (a disable-next-block applies to the block right after the comment).',
    example: '<!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->\n<p>Your order has shipped.</p>  ← no promotion here: the directive is unused',
  },
  {
    id: 'graylint/directive-without-reason',
    severity: 'warning',
    description: 'An inline directive gives no reason after ` -- `. It still applies; reviewers need to know why a legal finding was silenced.',
    fix: 'Add the reason: `<!-- graylint-disable-next-block casl/promo-in-transactional -- approved by legal 2026-10 -->`.',
    example: '<!-- graylint-disable-next-block casl/promo-in-transactional -->',
  },
  {
    id: 'graylint/input-error',
    severity: 'error',
    description: 'A file could not be read or parsed (empty, binary, too large, not a message). In JSON it is the result\'s `error`; in SARIF, GitHub and JUnit output it is reported under this id. The run exits 3 and the other files are still checked.',
    fix: 'Check the file named in the message; remove it from the inputs if it is not an email or template.',
    example: 'graylint: banner.png: binary file (PNG image), not an email or template',
  },
];

BUILTIN_RULES.push(
  {
    id: 'graylint/hidden-content',
    severity: 'warning',
    description: 'Promotional text the reader does not see (display:none, font-size:0, text in the colour of its background, tiny or transparent text), or words split by invisible or bidi-control characters so that filters miss them. Hiding an offer does not make a message transactional (Gmail: no CSS-hidden content).',
    fix: 'Remove the hidden text; if the offer belongs in the message, show it, and treat the message as marketing.',
    example: '<div style="display:none">Flash sale: 50% off everything</div>',
  },
  {
    id: 'graylint/undetermined',
    severity: 'warning',
    description: 'The rules recognised neither transactional or relationship content (an order, an account, a request, a security notice) nor a promotion or list signal, or part of the content was not read past a limit. A missing core never means "not commercial": unless the learned fallback reads every block as a notice, the message is classed marketing / commercial / CEM / direct marketing and goes on the marketing stream (CASL s.13 puts the proof of consent on the sender). Every verdict then has `confidence: low`; the finding says what was and was not found.',
    fix: 'Make the purpose visible near the top (the order, account or request, with its number or link), or declare the template\'s stream in graylint.config.yaml (streams:). If it promotes, send it on the marketing stream with consent, an unsubscribe link and a postal address.',
    example: '<p>Hi {{name}},</p><p>{{author}} thought you would like this: {{link}}</p>',
  },
  {
    id: 'graylint/learned-promotion',
    severity: 'warning',
    description: 'A transactional message in which no listed offer wording was found, but the learned fallback (character n-grams of each block, trained on the labelled corpus; models/fallback.json) reads one block as promotion. The message is classed hybrid with `confidence: low`; the finding quotes the block and its score.',
    fix: 'If the block promotes a product, an upgrade or a referral, move it out of the transactional message or send the message with marketing consent; if it belongs to the transaction, rephrase it plainly.',
    example: '<p>Order #1042 has shipped.</p><p>Pair it with our matching pillowcases, everyone is talking about them.</p>',
  },
  {
    id: 'graylint/limit-reached',
    severity: 'warning',
    description: 'graylint read the message up to one of its limits (body characters, HTML nodes or depth, blocks, links, images…) and says what it did not read, so a verdict is never silently based on part of a message. Limits are in src/limits.ts with defaults a real newsletter never hits.',
    fix: 'Check whether the message really is that large; raise the limit (CheckOptions.limits) only for trusted input.',
    example: '<table><tr><td><table><tr><td>… nested 100,000 deep',
  },
  ...ESP_RULES.map((r) => ({ id: r.id, severity: r.severity, description: `${r.description} (${r.citation})`, fix: r.fix, example: r.id === 'stream/esp-mismatch' ? '{"MessageStream": "outbound", "Subject": "Your receipt", "HtmlBody": "… Take 15% off your next order with code THANKS15 …"}  (graylint check --esp postmark payload.json)' : '{"categories": ["newsletter"], "subject": "Spring news", …}  (no asm group, no List-Unsubscribe)' })),
);

function renderBuiltin(b: BuiltinRule): string {
  return finish([`# ${b.id}`, '', GENERATED, '', b.description, '', `- **Severity:** ${b.severity}`, '- **Source:** graylint itself (no rule pack)', '', '## Fix', '', b.fix, '', '## Example', '', '```', b.example, '```']);
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
    if (p.rules.length) {
      out.push('| rule | severity | what it checks |', '| --- | --- | --- |');
      for (const r of p.rules) out.push(`| [${r.id}](${rulePagePath(r.id)}) | ${r.severity} | ${oneLine(r.description)} |`);
      out.push('');
    }
  }
  out.push('## Built in', '', 'Findings from graylint itself: the config, inline directives and unreadable input.', '', '| rule | severity | what it checks |', '| --- | --- | --- |');
  for (const b of BUILTIN_RULES) out.push(`| [${b.id}](${rulePagePath(b.id)}) | ${b.severity} | ${oneLine(b.description)} |`);
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
