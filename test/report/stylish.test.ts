import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/report/stylish.js';
import type { Finding, Report } from '../../src/types.js';
import { fileResult, finding, HOSTILE, ROOT } from './helpers.js';

/** Findings about the same block: the stylish report says the block once and each law's conclusion under it. */

const PROMO = 'Invite a friend to Brightpath: they get $40 off their first box, and you receive $40 credit';
const QUOTED = '“Invite a friend to Brightpath: they get $40 off their first box, and you rece…”'; // cut at 80, as messages quote it
const ABRIDGED = '“Invite a friend to …”';
const AT = { scope: 'body' as const, line: 30, column: 107 };

function promoFinding(ruleId: string, message: string, fix: string, citation: string, over: Partial<Finding> = {}): Finding {
  return finding({ ruleId, severity: 'warning', message: message.replace('%', QUOTED), fix: fix.replace('%', QUOTED), citation, location: AT, evidence: PROMO, ...over });
}

const CAN_SPAM = promoFinding('can-spam/promo-before-transactional', 'The promotion % comes before the transactional content.', 'Move % below the transactional content.', '16 CFR 316.3(a)(2)(ii)');
const CASL = promoFinding('casl/promo-in-transactional', 'The promotion % makes this transactional message a CEM.', 'Remove % from the transactional template.', 'CASL s.6(6)');
const GDPR = promoFinding('gdpr/promo-in-service-message', 'The promotion % turns this service message into direct marketing.', 'Remove % from the transactional template.', 'ePrivacy Art. 13(1)');
const PROVIDERS = promoFinding('providers/promo-in-receipt', 'Mixing the promotion % into a transactional message breaks Gmail\'s sender guidelines.', 'Keep transactional templates free of offers.', 'Gmail sender guidelines');

function stylish(findings: Finding[]): string {
  const report: Report = { version: 1, results: [fileResult('templates/receipt.html', findings)] };
  return formatStylish(report, { color: false });
}

/** The lines of the file's findings: after the three verdict lines, up to the glossary or the summary. */
function findingLines(out: string): string[] {
  const lines = out.split('\n');
  const first = lines.findIndex((l) => /^ {2}EU\/UK ePrivacy /.test(l)) + 1;
  const end = lines.indexOf('', first);
  return lines.slice(first, end);
}

describe('stylish: findings about the same block', () => {
  it('says the block (location and quoted excerpt) once, then one line per rule, the fixes once each, then the laws', () => {
    const out = stylish([CAN_SPAM, CASL, GDPR, PROVIDERS]);
    expect(findingLines(out)).toEqual([
      `  warning body 30:107    ${QUOTED}`,
      `          The promotion ${ABRIDGED} comes before the transactional content.  can-spam/promo-before-transactional`,
      `          The promotion ${ABRIDGED} makes this transactional message a CEM.  casl/promo-in-transactional`,
      `          The promotion ${ABRIDGED} turns this service message into direct marketing.  gdpr/promo-in-service-message`,
      `          Mixing the promotion ${ABRIDGED} into a transactional message breaks Gmail's sender guidelines.  providers/promo-in-receipt`,
      `          fix: Move ${ABRIDGED} below the transactional content.`,
      `          fix: Remove ${ABRIDGED} from the transactional template.`, // CASL's and GDPR's identical fix, once
      '          fix: Keep transactional templates free of offers.',
      '          law: 16 CFR 316.3(a)(2)(ii)',
      '          law: CASL s.6(6)',
      '          law: ePrivacy Art. 13(1)',
      '          law: Gmail sender guidelines',
    ]);
    expect(out.split(QUOTED)).toHaveLength(2); // the 80-character excerpt, exactly once
    expect(out).toMatch(/^1 file checked, 0 errors, 4 warnings$/m); // every finding still counts
  });

  it('keeps a short excerpt whole in the lines under it', () => {
    const short = [CASL, GDPR].map((f) => ({ ...f, evidence: 'Give $40, get $40', message: f.message.replace(QUOTED, '“Give $40, get $40”'), fix: f.fix.replace(QUOTED, '“Give $40, get $40”') }));
    expect(findingLines(stylish(short))).toEqual([
      '  warning body 30:107    “Give $40, get $40”',
      '          The promotion “Give $40, get $40” makes this transactional message a CEM.  casl/promo-in-transactional',
      '          The promotion “Give $40, get $40” turns this service message into direct marketing.  gdpr/promo-in-service-message',
      '          fix: Remove “Give $40, get $40” from the transactional template.',
      '          law: CASL s.6(6)',
      '          law: ePrivacy Art. 13(1)',
    ]);
  });

  it('leaves findings with no shared evidence as they were: message, fix and law under each', () => {
    const footer = finding({ ruleId: 'casl/missing-unsubscribe', location: { scope: 'footer', line: 83, column: 229 } });
    const elsewhere = { ...CASL, location: { scope: 'body' as const, line: 31, column: 4 } }; // same text, another place
    const unquoted = finding({ ruleId: 'stream/mismatch', message: 'Declared transactional.', evidence: '', location: { scope: 'body' }, fix: 'Move it.', citation: 'CASL s.1(2)' });
    const also = finding({ ruleId: 'gdpr/missing-opt-out', message: 'No opt-out.', evidence: '', location: { scope: 'body' }, fix: 'Add one.', citation: 'ePrivacy Art. 13(2)' });
    expect(findingLines(stylish([footer, elsewhere, CAN_SPAM, unquoted, also]))).toEqual([
      '  error   body           Declared transactional.  stream/mismatch',
      '          fix: Move it.',
      '          law: CASL s.1(2)',
      '  error   body           No opt-out.  gdpr/missing-opt-out',
      '          fix: Add one.',
      '          law: ePrivacy Art. 13(2)',
      '  error   footer 83:229  This CEM has no unsubscribe mechanism.  casl/missing-unsubscribe',
      '          fix: Add an unsubscribe link.',
      '          law: CASL s.6(2)(c)',
      `  warning body 30:107    The promotion ${QUOTED} comes before the transactional content.  can-spam/promo-before-transactional`,
      `          fix: Move ${QUOTED} below the transactional content.`,
      '          law: 16 CFR 316.3(a)(2)(ii)',
      `  warning body 31:4      The promotion ${QUOTED} makes this transactional message a CEM.  casl/promo-in-transactional`,
      `          fix: Remove ${QUOTED} from the transactional template.`,
      '          law: CASL s.6(6)',
    ]);
  });

  it('keeps severity order: a block is grouped within one severity, errors first, and the counts count every finding', () => {
    const mismatch = { ...CASL, ruleId: 'stream/mismatch', severity: 'error' as const, message: 'Declared transactional, but CASL says cem.', fix: 'Move the template to the marketing stream.', citation: 'CASL s.1(2)' };
    const strictCasl = { ...CASL, severity: 'error' as const };
    const label = finding({ ruleId: 'can-spam/missing-ad-label', severity: 'info', message: 'No ad label.', fix: 'Label it.', citation: '15 U.S.C. 7704(a)(5)(A)(i)', location: AT, evidence: PROMO });
    const footer = finding({ ruleId: 'casl/missing-unsubscribe', location: { scope: 'footer', line: 83, column: 229 } });
    const out = stylish([CAN_SPAM, label, footer, GDPR, strictCasl, mismatch]);
    expect(findingLines(out)).toEqual([
      `  error   body 30:107    ${QUOTED}`,
      `          The promotion ${ABRIDGED} makes this transactional message a CEM.  casl/promo-in-transactional`,
      '          Declared transactional, but CASL says cem.  stream/mismatch',
      `          fix: Remove ${ABRIDGED} from the transactional template.`,
      '          fix: Move the template to the marketing stream.',
      '          law: CASL s.6(6)',
      '          law: CASL s.1(2)',
      '  error   footer 83:229  This CEM has no unsubscribe mechanism.  casl/missing-unsubscribe',
      '          fix: Add an unsubscribe link.',
      '          law: CASL s.6(2)(c)',
      `  warning body 30:107    ${QUOTED}`,
      `          The promotion ${ABRIDGED} comes before the transactional content.  can-spam/promo-before-transactional`,
      `          The promotion ${ABRIDGED} turns this service message into direct marketing.  gdpr/promo-in-service-message`,
      `          fix: Move ${ABRIDGED} below the transactional content.`,
      `          fix: Remove ${ABRIDGED} from the transactional template.`,
      '          law: 16 CFR 316.3(a)(2)(ii)',
      '          law: ePrivacy Art. 13(1)',
      '  info    body 30:107    No ad label.  can-spam/missing-ad-label',
      '          fix: Label it.',
      '          law: 15 U.S.C. 7704(a)(5)(A)(i)',
    ]);
    expect(out).toMatch(/^1 file checked, 3 errors, 2 warnings$/m);
  });

  it('names a missing footer as such instead of quoting the placeholder evidence', () => {
    const end = { scope: 'footer' as const, line: 13, column: 1, part: 'text/plain' };
    const a = finding({ ruleId: 'can-spam/missing-unsubscribe', message: 'No opt-out.', fix: 'Add an unsubscribe link.', citation: '15 U.S.C. 7704(a)(3)(A)', location: end, evidence: 'end of message' });
    const b = finding({ ruleId: 'casl/missing-unsubscribe', message: 'No unsubscribe mechanism.', fix: 'Add an unsubscribe link.', citation: 'CASL s.6(2)(c)', location: end, evidence: 'end of message' });
    expect(findingLines(stylish([a, b]))).toEqual([
      '  error   footer 13:1 (text/plain) the end of the message (it has no footer)',
      '          No opt-out.  can-spam/missing-unsubscribe',
      '          No unsubscribe mechanism.  casl/missing-unsubscribe',
      '          fix: Add an unsubscribe link.',
      '          law: 15 U.S.C. 7704(a)(3)(A)',
      '          law: CASL s.6(2)(c)',
    ]);
  });

  it('prints a hostile excerpt in the heading on one line, without control sequences', () => {
    const hostile = [CASL, GDPR].map((f) => ({ ...f, evidence: HOSTILE, message: 'The promotion is hostile.', fix: 'Remove it.' }));
    const lines = findingLines(stylish(hostile));
    expect(lines).toHaveLength(6); // heading, two rules, their one fix, two laws
    expect(lines[0]).toMatch(/^ {2}warning body 30:107 {4}“Save 100%: now, ::error file=evil\.html::pwned ##\[error\]legacyRED /);
    expect(lines.join('\n')).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('stylish: the CLI on a promotion four laws object to', () => {
  const file = 'fixtures/gray-zone/receipt-with-referral-above.de.eml';
  const excerpt = '“Laden Sie Freunde zu Brightpath ein: Sie erhalten 40 € Rabatt auf die erste B…”';

  it('quotes the 80-character excerpt once in the terminal report, and JSON keeps one finding per rule', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/bundle/main.js'), 'check', ...args, file], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const text = run().stdout;
    expect(text.split(excerpt)).toHaveLength(2);
    expect(text).toContain(`  warning body 31:98 (text/html) ${excerpt}\n          The promotion “Laden Sie Freunde zu …” comes before the transactional content`);
    for (const id of ['can-spam/promo-before-transactional', 'casl/promo-in-transactional', 'gdpr/promo-in-service-message', 'providers/promo-in-receipt']) expect(text).toMatch(new RegExp(`^ {10}\\S.*  ${id}$`, 'm'));
    expect(text).toMatch(/^1 file checked, 4 errors, 4 warnings$/m);
    const json = JSON.parse(run('--format', 'json').stdout) as { results: Array<{ findings: Array<{ ruleId: string; message: string; evidence: string }> }> };
    const promo = json.results[0]!.findings.filter((f) => f.evidence.startsWith('Laden Sie Freunde'));
    expect(promo.map((f) => f.ruleId)).toEqual(['can-spam/promo-before-transactional', 'casl/promo-in-transactional', 'gdpr/promo-in-service-message', 'providers/promo-in-receipt']);
    for (const f of promo) expect(f.message).toContain(excerpt); // JSON messages keep the full quote
  });
});
