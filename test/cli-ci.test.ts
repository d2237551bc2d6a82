import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.js';
import { frames, parseReport } from './html-report/helpers.js';

/** The CI workflow end to end: config with streams, formats, exit policy, baseline, packs lint. */
const CLI = join(ROOT, 'dist/bundle/main.js'); // the shipped bin

let repo: string;
function graylint(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', timeout: 60000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'graylint-ci-'));
  mkdirSync(join(repo, 'templates/transactional'), { recursive: true });
  mkdirSync(join(repo, 'templates/campaigns'), { recursive: true });
  cpSync(join(FIXTURES, 'gray-zone/receipt-with-referral.de.html'), join(repo, 'templates/transactional/receipt.html'));
  cpSync(join(FIXTURES, 'gray-zone/password-reset-plain.de.html'), join(repo, 'templates/transactional/reset.html'));
  cpSync(join(FIXTURES, 'gray-zone/newsletter-sale.en.html'), join(repo, 'templates/campaigns/sale.html'));
});

const STREAMS = 'streams:\n  transactional: ["templates/transactional/**"]\n  marketing: ["templates/campaigns/**"]\n';

describe('config with stream declarations', () => {
  it('a hybrid template declared transactional exits 1 with stream/mismatch and its evidence', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), STREAMS);
    const r = graylint('check', '--format', 'json', 'templates');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { results: Array<{ file: string; findings: Array<{ ruleId: string; severity: string; evidence: string }> }> };
    const receipt = out.results.find((x) => x.file.endsWith('receipt.html'))!;
    const mismatch = receipt.findings.find((f) => f.ruleId === 'stream/mismatch')!;
    expect(mismatch.severity).toBe('error');
    expect(mismatch.evidence).toMatch(/Empfehlen/);
    expect(out.results.find((x) => x.file.endsWith('reset.html'))!.findings.map((f) => f.ruleId)).not.toContain('stream/mismatch');
  });

  it('a config error is one line naming the file, exit 2', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), 'jurisdiction: [us]\n');
    const r = graylint('check', 'templates');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/graylint\.config\.yaml: unknown key 'jurisdiction'/);
    writeFileSync(join(repo, 'graylint.config.yaml'), 'rules:\n  casl/no-such-rule: off\n');
    expect(graylint('check', 'templates').stderr).toMatch(/no-such-rule/);
  });

  it('serve reads the same config, and a broken one stops it before it listens (exit 2, one line)', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), 'rules:\n  casl/no-such-rule: off\n');
    const r = graylint('serve', '--port', '0');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/graylint\.config\.yaml: rules: unknown rule 'casl\/no-such-rule'/);
    expect(graylint('serve', '--port', '0', '--config', 'missing.yaml').stderr).toMatch(/missing\.yaml: no such config file/);
  });

  it('rule severities and ignores apply; --print-config shows the resolved config', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), `${STREAMS}rules:\n  stream/mismatch: warning\nignores: ["templates/campaigns/**"]\n`);
    const r = graylint('check', '--format', 'json', 'templates');
    const out = JSON.parse(r.stdout) as { results: Array<{ file: string }> };
    expect(out.results.map((x) => x.file).some((f) => f.includes('campaigns'))).toBe(false);
    expect(r.code).toBe(0);
    const printed = graylint('check', '--print-config', 'templates/transactional/receipt.html');
    expect(printed.stdout).toMatch(/stream: transactional/);
    expect(printed.stdout).toMatch(/stream\/mismatch: warning/);
  });
});

describe('exit policy and outputs', () => {
  it('--fail-on warning and --max-warnings turn warnings into exit 1; --quiet hides them', () => {
    const file = 'templates/transactional/receipt.html';
    // The German receipt has warnings (promotion in a transactional message) and no error once the footer rules are off.
    writeFileSync(join(repo, 'graylint.config.yaml'), 'rules:\n  casl/missing-unsubscribe: off\n  gdpr/missing-opt-out: off\n  casl/missing-sender-identification: off\n');
    expect(graylint('check', file).code).toBe(0);
    expect(graylint('check', '--fail-on', 'warning', file).code).toBe(1);
    expect(graylint('check', '--max-warnings', '0', file).code).toBe(1);
    expect(graylint('check', '--max-warnings', '99', file).code).toBe(0);
    expect(graylint('check', '--quiet', file).stdout).not.toMatch(/warning /);
  });

  it('writes SARIF and JSON from the same run without changing the exit code', () => {
    const plain = graylint('check', 'templates');
    const r = graylint('check', '--output-sarif', 'out.sarif', '--output-json', 'out.json', 'templates');
    expect(r.code).toBe(plain.code);
    expect(JSON.parse(readFileSync(join(repo, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(readFileSync(join(repo, 'out.json'), 'utf8')).version).toBe(1);
  });

  it('selects each formatter', () => {
    expect(graylint('check', '--format', 'sarif', 'templates').stdout).toMatch(/"version": "2.1.0"/);
    expect(graylint('check', '--format', 'github', 'templates').stdout).toMatch(/^::(error|warning) file=templates\//m);
    expect(graylint('check', '--format', 'junit', 'templates').stdout).toMatch(/^<\?xml[\s\S]*<testsuites/);
  });
});

describe('baseline', () => {
  it('records existing findings, then fails only on new ones, and prunes fixed ones', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), STREAMS); // the receipt's stream/mismatch is an error
    const before = graylint('check', 'templates');
    expect(before.code).toBe(1);
    const b = graylint('baseline', 'templates');
    expect(b.code).toBe(0);
    expect(existsSync(join(repo, 'graylint-baseline.json'))).toBe(true);
    expect(graylint('check', 'templates').code).toBe(0);

    // A new message with error-level findings fails even though the old ones are baselined.
    cpSync(join(FIXTURES, 'gray-zone/receipt-with-referral.eml'), join(repo, 'templates/transactional/receipt-2.eml'));
    expect(graylint('check', 'templates').code).toBe(1);

    // Fix the old receipt (replace it with a clean reset): --prune-baseline drops its entries.
    cpSync(join(FIXTURES, 'gray-zone/password-reset-plain.de.html'), join(repo, 'templates/transactional/receipt.html'));
    graylint('check', '--prune-baseline', 'templates');
    const pruned = JSON.parse(readFileSync(join(repo, 'graylint-baseline.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(pruned.files)).not.toContain('templates/transactional/receipt.html');
  });

  it('keys entries by rule and evidence: a promotion added to a baselined template fails, a line shift does not', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), STREAMS); // the receipt's stream/mismatch is an error
    const receipt = join(repo, 'templates/transactional/receipt.html');
    const original = readFileSync(receipt, 'utf8');
    expect(graylint('baseline', 'templates').code).toBe(0);
    const saved = JSON.parse(readFileSync(join(repo, 'graylint-baseline.json'), 'utf8')) as { version: number; files: Record<string, Record<string, Record<string, number>>> };
    expect(saved.version).toBe(2);
    // Each rule's entry is keyed by a hash of the evidence, not by a count of findings.
    expect(Object.keys(saved.files['templates/transactional/receipt.html']!['stream/mismatch']!)[0]).toMatch(/^[0-9a-f]{16}$/);

    // Lines added above everything: the same findings, still suppressed.
    writeFileSync(receipt, `<!-- layout v2 -->\n\n\n${original}`);
    const shifted = graylint('check', '--format', 'json', 'templates/transactional/receipt.html');
    expect(shifted.code).toBe(0);
    expect((JSON.parse(shifted.stdout) as { results: Array<{ findings: unknown[] }> }).results[0]!.findings).toEqual([]);

    // A second promotion below the baselined referral block: reported, quoting the new one only.
    const upsell = '<tr><td><h2>Das könnte Ihnen auch gefallen</h2><p>Unsere neue Espressomaschine Aurora, jetzt 20&nbsp;% günstiger. <a href="https://fernwood.example.com/de/shop/aurora">Jetzt kaufen</a></p></td></tr>\n';
    const footerRow = original.lastIndexOf('<tr>\n<td style="padding:24px 32px 32px 32px;background-color:#fafafa;">');
    expect(footerRow).toBeGreaterThan(0);
    writeFileSync(receipt, `${original.slice(0, footerRow)}${upsell}${original.slice(footerRow)}`);
    const added = graylint('check', '--format', 'json', 'templates/transactional/receipt.html');
    expect(added.code).toBe(1);
    const findings = (JSON.parse(added.stdout) as { results: Array<{ findings: Array<{ ruleId: string; evidence: string; message: string }> }> }).results[0]!.findings;
    expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['stream/mismatch', 'casl/promo-in-transactional', 'gdpr/promo-in-service-message']));
    for (const f of findings) expect(f.evidence, f.ruleId).toBe('Das könnte Ihnen auch gefallen');
    expect(findings.find((f) => f.ruleId === 'casl/promo-in-transactional')!.message).toMatch(/^The promotion “Das könnte Ihnen auch gefallen” makes/);
    // The baselined referral block stays suppressed.
    const stylish = graylint('check', 'templates/transactional/receipt.html').stdout;
    expect(stylish).not.toMatch(/Empfehlen Sie uns weiter/);
    expect(stylish).toMatch(/[1-9]\d* suppressed by directives or the baseline/);
  });

  it('still reads an old count-based baseline, with a one-line notice to regenerate it', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), STREAMS);
    const counts = { 'stream/mismatch': 1, 'casl/promo-in-transactional': 1, 'gdpr/promo-in-service-message': 1, 'providers/promo-in-receipt': 1 };
    writeFileSync(join(repo, 'graylint-baseline.json'), JSON.stringify({ version: 1, files: { 'templates/transactional/receipt.html': counts } }));
    const r = graylint('check', 'templates/transactional/receipt.html');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/4 suppressed by directives or the baseline/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/graylint-baseline\.json: .*count.*regenerate it with: graylint baseline/);
  });

  it('a broken baseline file is a one-line error, exit 2', () => {
    writeFileSync(join(repo, 'graylint-baseline.json'), '{"version": 7}');
    const r = graylint('check', 'templates');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/graylint-baseline\.json: not a graylint baseline/);
  });
});

describe('rules as product', () => {
  it('graylint rules lists every pack and rule', () => {
    const r = graylint('rules');
    expect(r.code).toBe(0);
    for (const id of ['can-spam/missing-unsubscribe', 'casl/promo-in-transactional', 'gdpr/missing-opt-out', 'providers/promo-in-receipt']) expect(r.stdout).toContain(id);
  });

  it('graylint packs lint passes the bundled packs and names an unknown signal in a user pack', () => {
    expect(graylint('packs', 'lint').code).toBe(0);
    mkdirSync(join(repo, 'mypacks'));
    writeFileSync(join(repo, 'mypacks/x.yaml'), 'id: x\nname: X\nrules:\n  - id: x/r\n    description: d\n    citation: c\n    severity: error\n    when: "promo.anything && true"\n    at: footer\n    scope: footer\n    message: m\n    fix: f\n    examples: {fail: {content: a}, pass: {content: b}}\n');
    const r = graylint('packs', 'lint', 'mypacks');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/x\.yaml: x\/r: unknown signal "promo\.anything"/);
    writeFileSync(join(repo, 'mypacks/x.yaml'), 'id: x\nname: [');
    const bad = graylint('packs', 'lint', 'mypacks');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/x\.yaml: invalid YAML/);
  });
});

describe('adoption helpers', () => {
  it('--fix-dry-run describes and --fix applies the one-click header, then reports what remains', () => {
    const eml = 'From: Shop <news@shop.example>\r\nTo: a@example.net\r\nSubject: Spring sale: 40% off\r\nList-Unsubscribe: <https://shop.example/u?t=1>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nTake 40% off all jackets: https://shop.example/sale\r\nUnsubscribe: https://shop.example/u?t=1\r\n';
    writeFileSync(join(repo, 'sale.eml'), eml);
    const dry = graylint('check', '--fix-dry-run', '--format', 'json', 'sale.eml');
    expect(dry.stderr).toMatch(/sale\.eml: would have added "List-Unsubscribe-Post: List-Unsubscribe=One-Click"/);
    expect(readFileSync(join(repo, 'sale.eml'), 'utf8')).toBe(eml);
    expect(dry.stdout).toMatch(/providers\/missing-one-click-unsubscribe/);
    const fixed = graylint('check', '--fix', '--format', 'json', 'sale.eml');
    expect(readFileSync(join(repo, 'sale.eml'), 'utf8')).toMatch(/\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n/);
    expect(fixed.stdout).not.toMatch(/providers\/missing-one-click-unsubscribe/);
    expect(fixed.stdout).toMatch(/can-spam\/missing-postal-address/); // what the fix cannot do is still reported
  });

  it('--changed-since checks only what git says changed', () => {
    const git = (...a: string[]) => spawnSync('git', a, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'add', '.');
    git('-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-qm', 'init');
    expect(graylint('check', '--changed-since', 'HEAD', 'templates').stdout).toMatch(/no email or template changed since HEAD/);
    writeFileSync(join(repo, 'templates/campaigns/sale.html'), readFileSync(join(repo, 'templates/campaigns/sale.html'), 'utf8').replace('</body>', '<p>Changed</p></body>'));
    const r = graylint('check', '--changed-since', 'HEAD', '--format', 'json', 'templates');
    expect((JSON.parse(r.stdout) as { results: Array<{ file: string }> }).results.map((x) => x.file)).toEqual(['templates/campaigns/sale.html']);
    expect(graylint('check', '--changed-since', 'no-such-ref', 'templates').code).toBe(2);
  });

  it('--cache reuses results for unchanged files and misses when a file or the config changes', () => {
    const first = graylint('check', '--cache', '--format', 'json', 'templates');
    expect(existsSync(join(repo, '.graylintcache'))).toBe(true);
    const second = graylint('check', '--cache', '--format', 'json', 'templates');
    expect(second.stdout).toBe(first.stdout);
    const cache = JSON.parse(readFileSync(join(repo, '.graylintcache'), 'utf8')) as { entries: Record<string, { key: string }> };
    const keys = Object.values(cache.entries).map((e) => e.key);
    writeFileSync(join(repo, 'graylint.config.yaml'), STREAMS);
    const third = graylint('check', '--cache', '--format', 'json', 'templates');
    expect(third.stdout).toMatch(/stream\/mismatch/);
    const after = JSON.parse(readFileSync(join(repo, '.graylintcache'), 'utf8')) as { entries: Record<string, { key: string }> };
    expect(Object.values(after.entries).map((e) => e.key)).not.toEqual(keys);
  });
});

describe('--branches', () => {
  it('reports the worst class per law with its condition path (README example)', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--branches', 'fixtures/branches/receipt.hbs'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/branches: 4 variants checked/);
    expect(r.stdout).toMatch(/Canada CASL: cem when customer\.coupon is truthy/);
    // The promotion once, then each law's conclusion under it, still saying when it holds.
    expect(r.stdout).toMatch(/^ {2}warning body 6:6 +“Refer a friend and you both get \$10 off\. Your code:”\n {10}The promotion “Refer a friend and …” makes this transactional message a CEM.*\(when customer\.coupon is truthy\) {2}casl\/promo-in-transactional$/m);
    const json = spawnSync(process.execPath, [CLI, 'check', '--branches', '--format', 'json', 'fixtures/branches/receipt.ejs'], { cwd: ROOT, encoding: 'utf8' });
    const res = (JSON.parse(json.stdout) as { results: Array<{ branches: { worst: { casl: { class: string; when: string[] } } }; verdicts: { casl: { when: string[] } } }> }).results[0]!;
    expect(res.branches.worst.casl).toEqual({ class: 'cem', when: ['user.coupon is truthy'] });
    expect(res.verdicts.casl.when).toEqual(['user.coupon is truthy']);
  });
});

describe('graylint diff', () => {
  it('shows a verdict drift against a git ref with the new promotion and its line', () => {
    const git = (...a: string[]) => spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    writeFileSync(join(repo, 'templates/transactional/shipped.html'), '<html><head><title>Your order has shipped</title></head><body>\n<h1>Your order has shipped</h1>\n<p>Order #1042 is on its way. Tracking number: 1Z999AA10123456784.</p>\n</body></html>\n');
    git('add', '.');
    git('commit', '-qm', 'init');
    writeFileSync(join(repo, 'templates/transactional/shipped.html'), '<html><head><title>Your order has shipped</title></head><body>\n<h1>Your order has shipped</h1>\n<p>Order #1042 is on its way. Tracking number: 1Z999AA10123456784.</p>\n<h2>You may also like</h2>\n<p>Merino socks, now 20% off. <a href="https://shop.example/products/socks">Shop now</a></p>\n</body></html>\n');
    const r = graylint('diff', 'HEAD', 'templates/transactional');
    expect(r.code).toBe(1); // drifted into a stricter class (cem-exempt → cem)
    expect(r.stdout).toMatch(/^templates\/transactional\/shipped\.html: CASL cem-exempt → cem, EU\/UK ePrivacy service → direct-marketing, category transactional → hybrid \(new promotion “You may also like”, line 4; /m);
    expect(r.stdout).not.toMatch(/CAN-SPAM/); // the receipt content still leads: no change in the US
    expect(r.stdout).toMatch(/compared with HEAD: 1 changed/);
    expect(graylint('diff', 'no-such-ref', 'templates').code).toBe(2);
  });

  const SHIPPED = '<html><head><title>Your order has shipped</title></head><body>\n<h1>Your order has shipped</h1>\n<p>Order #1042 is on its way. Tracking number: 1Z999AA10123456784.</p>\n</body></html>\n';
  const SHIPPED_WITH_UPSELL = SHIPPED.replace('</body>', '<h2>You may also like</h2>\n<p>Merino socks, now 20% off. <a href="https://shop.example/products/socks">Shop now</a></p>\n</body>');
  function commitThenEdit(files: Record<string, [before: string, after: string]>) {
    const git = (...a: string[]) => spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    for (const [f, [before]] of Object.entries(files)) {
      mkdirSync(join(repo, f, '..'), { recursive: true });
      writeFileSync(join(repo, f), before);
    }
    git('add', '.');
    git('commit', '-qm', 'init');
    for (const [f, [, after]] of Object.entries(files)) writeFileSync(join(repo, f), after);
  }

  it('exits 1 only when a class became stricter: a promotion taken out (cem → cem-exempt) exits 0', () => {
    commitThenEdit({ 'templates/transactional/shipped.html': [SHIPPED_WITH_UPSELL, SHIPPED] });
    const r = graylint('diff', 'HEAD', 'templates/transactional');
    expect(r.stdout).toMatch(/CASL cem → cem-exempt/);
    expect(r.code).toBe(0);
    expect(graylint('diff', '--format', 'json', 'HEAD', 'templates/transactional').code).toBe(0);
  });

  it('takes --config like check: its ignores, its jurisdictions; a broken config is exit 2', () => {
    commitThenEdit({
      'templates/transactional/shipped.html': [SHIPPED, SHIPPED_WITH_UPSELL],
      'templates/legacy/old-shipped.html': [SHIPPED, SHIPPED_WITH_UPSELL],
    });
    writeFileSync(join(repo, 'graylint.ci.yaml'), 'ignores: ["templates/legacy/**"]\n'); // globs are relative to the config's folder
    type DiffJson = { files: Array<{ file: string; status: string; stricter: string[] }> };
    const drifted = (stdout: string) => (JSON.parse(stdout) as DiffJson).files.filter((f) => f.status !== 'unchanged');
    const all = graylint('diff', '--format', 'json', 'HEAD', 'templates');
    expect(drifted(all.stdout).map((f) => f.file)).toEqual(['templates/legacy/old-shipped.html', 'templates/transactional/shipped.html']);
    const ignored = graylint('diff', '--config', 'graylint.ci.yaml', '--format', 'json', 'HEAD', 'templates');
    expect((JSON.parse(ignored.stdout) as DiffJson).files.map((f) => f.file)).not.toContain('templates/legacy/old-shipped.html');
    expect(drifted(ignored.stdout)).toEqual([expect.objectContaining({ file: 'templates/transactional/shipped.html', stricter: ['casl', 'gdpr'] })]);
    expect(ignored.code).toBe(1);

    // A sender that only mails the US: CASL and GDPR have no say, and CAN-SPAM did not move.
    writeFileSync(join(repo, 'graylint.config.yaml'), 'jurisdictions: [us]\n');
    const usOnly = graylint('diff', 'HEAD', 'templates/transactional');
    expect(usOnly.stdout).not.toMatch(/CASL|ePrivacy/);
    expect(usOnly.code).toBe(0);

    writeFileSync(join(repo, 'broken.yaml'), 'rules: { no/such-rule: off }\n');
    const broken = graylint('diff', '--config', 'broken.yaml', 'HEAD', 'templates');
    expect(broken.code).toBe(2);
    expect(broken.stderr.trim().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/broken\.yaml/);
  });

  it('diff --help documents its exit codes', () => {
    const help = graylint('diff', '--help').stdout;
    expect(help).toMatch(/--config/);
    expect(help).toMatch(/1\s+a file's class under some law became stricter/);
  });
});

describe('graylint serve', () => {
  it('answers POST /v1/check with the contract result and exits 0 on SIGTERM', async () => {
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', '--workers', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
    const url = await new Promise<string>((resolveUrl, reject) => {
      let err = '';
      const timer = setTimeout(() => reject(new Error(`no listening line: ${err}`)), 20000);
      child.stderr.on('data', (d: Buffer) => {
        err += d.toString();
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(err);
        if (m) {
          clearTimeout(timer);
          resolveUrl(m[1]!);
        }
      });
    });
    const res = await fetch(`${url}/v1/check`, { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: readFileSync(join(FIXTURES, 'gray-zone/receipt-with-referral.eml')) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { category: string; verdicts: { casl: { class: string } } };
    expect(body.category).toBe('hybrid');
    expect(body.verdicts.casl.class).toBe('cem');
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});

describe('batch mode', () => {
  it('streams one JSON result per line, splits mbox files, and gives the same verdicts with the worker pool', () => {
    const msg = (subject: string, body: string) => `From: Shop <news@shop.example>\nSubject: ${subject}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;
    const mbox = [
      `From news@shop.example Mon Mar  2 10:00:00 2026\n${msg('Spring sale: 40% off', 'Take 40% off all jackets this week.\n>From the archive: last year.')}`,
      `From orders@shop.example Mon Mar  2 11:00:00 2026\n${msg('Your order #1042 has shipped', 'Your order is on its way. Tracking number 1Z999.')}`,
      `From security@shop.example Mon Mar  2 12:00:00 2026\n${msg('Reset your password', 'We received a request to reset your password.')}`,
    ].join('\n');
    writeFileSync(join(repo, 'inbox.mbox'), mbox);
    const run = (...extra: string[]) => {
      const r = graylint('check', '--format', 'ndjson', ...extra, 'inbox.mbox', 'templates');
      return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; category: string; verdicts: Record<string, { class: string }> });
    };
    const lines = run('--workers', '1');
    expect(lines.map((l) => l.file)).toEqual(['inbox.mbox#1', 'inbox.mbox#2', 'inbox.mbox#3', 'templates/campaigns/sale.html', 'templates/transactional/receipt.html', 'templates/transactional/reset.html']);
    expect(lines.slice(0, 3).map((l) => l.category)).toEqual(['marketing', 'transactional', 'transactional']);
    const pooled = run('--workers', '2');
    expect(pooled.map((l) => [l.file, l.category, l.verdicts.casl!.class])).toEqual(lines.map((l) => [l.file, l.category, l.verdicts.casl!.class]));
  });
});

describe('ESP streams', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  it('--esp checks an API payload and its stream (Postmark receipt with a coupon on the transactional stream)', () => {
    const r = run('check', '--esp', 'postmark', '--format', 'json', 'fixtures/esp/postmark-receipt-with-coupon.json');
    const res = (JSON.parse(r.stdout) as { results: Array<{ category: string; routing: { esp: string; stream: string }; findings: Array<{ ruleId: string; severity: string }> }> }).results[0]!;
    expect(res.category).toBe('hybrid');
    expect(res.routing).toMatchObject({ esp: 'postmark', stream: 'outbound' });
    expect(res.findings.find((f) => f.ruleId === 'stream/esp-mismatch')?.severity).toBe('error');
  });

  it('reads the route from the headers of a raw message, and trusts the ESP to add one-click unsubscribe on its marketing routes', () => {
    const r = run('check', '--format', 'json', 'fixtures/esp/postmark-outbound-flash-sale.eml', 'fixtures/esp/sendgrid-smtp-weekly-asm.eml');
    const [pm, sg] = (JSON.parse(r.stdout) as { results: Array<{ routing?: { esp: string }; findings: Array<{ ruleId: string }> }> }).results;
    expect(pm!.routing?.esp).toBe('postmark');
    expect(pm!.findings.map((f) => f.ruleId)).toContain('stream/esp-mismatch');
    expect(sg!.routing?.esp).toBe('sendgrid');
    expect(sg!.findings.map((f) => f.ruleId)).not.toContain('providers/missing-one-click-unsubscribe');
  });

  it('a malformed payload is a one-line error, exit 3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-esp-'));
    writeFileSync(join(dir, 'bad.json'), '{"HtmlBody": 7}');
    const r = run('check', '--esp', 'postmark', join(dir, 'bad.json'));
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/bad\.json: postmark payload: HtmlBody must be a string/);
  });
});

describe('--format html', () => {
  it('writes one self-contained report for the batch, with the exit code of the run', () => {
    const out = join(repo, 'report.html');
    const r = graylint('check', '--format', 'html', '-o', out, 'templates');
    expect(r.stdout).toBe('');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect((html.match(/<iframe [^>]*sandbox=""/g) ?? []).length).toBe(3);
    expect(html).not.toMatch(/<script/i);
    expect(r.code).toBe(graylint('check', 'templates').code);
  });
});

describe('each input: its bytes, then one of the checkers', () => {
  it('a message cut out of an mbox is read as a raw message with --branches too, as without', () => {
    const msg = readFileSync(join(FIXTURES, 'gray-zone/receipt-with-referral.eml'), 'utf8');
    writeFileSync(join(repo, 'inbox.mbox'), `From a@example.com Mon Jan  1 00:00:00 2024\n${msg}\n`);
    const kinds = (...extra: string[]) => (JSON.parse(graylint('check', '--format', 'json', ...extra, 'inbox.mbox').stdout) as { results: Array<{ file: string; kind: string; category: string }> }).results;
    expect(kinds()).toEqual([expect.objectContaining({ file: 'inbox.mbox#1', kind: 'eml', category: 'hybrid' })]);
    expect(kinds('--branches')).toEqual([expect.objectContaining({ file: 'inbox.mbox#1', kind: 'eml', category: 'hybrid' })]);
  });
});

describe('--format html draws on the check\'s own stages', () => {
  const POSTMARK_SUBJECT = 'Your Lumen Tea receipt for order #LT-3318';
  const report = (...args: string[]) => {
    const out = join(repo, 'report.html');
    const r = graylint('check', '--format', 'html', '-o', out, ...args);
    return { ...r, $: parseReport(readFileSync(out, 'utf8')) };
  };

  it('an ESP request (issue 15 item 27): the message it describes, not the JSON, with --esp or guessed', () => {
    cpSync(join(FIXTURES, 'esp/postmark-receipt-with-coupon.json'), join(repo, 'receipt.json'));
    for (const args of [['--esp', 'postmark', 'receipt.json'], ['receipt.json']]) {
      const { code, $ } = report(...args);
      expect(code).toBe(1);
      expect($('#file-1-subject [data-line="subject"]').text()).toBe(POSTMARK_SUBJECT);
      const [frame] = frames($);
      const shown = frame!.doc('body').text();
      expect(shown).toContain('Thanks for your order, Priya');
      expect(shown).not.toContain('HtmlBody');
      expect(frame!.doc('h1').first().text()).toBe('Thanks for your order, Priya');
      // The coupon is outlined where the check found it.
      expect(frame!.doc('[data-gl-kind="promo"]').length).toBeGreaterThan(0);
    }
  });

  it('a Postmark broadcast: its HTML body is rendered with the marks of its findings', () => {
    cpSync(join(FIXTURES, 'esp/postmark-broadcast-newsletter.json'), join(repo, 'newsletter.json'));
    const payload = JSON.parse(readFileSync(join(repo, 'newsletter.json'), 'utf8')) as { Subject: string };
    const { $ } = report('--esp', 'postmark', 'newsletter.json');
    expect($('#file-1-subject [data-line="subject"]').text()).toBe(payload.Subject);
    const [frame] = frames($);
    expect(frame!.source).not.toContain('&quot;HtmlBody&quot;');
    expect(frame!.doc('body').text()).not.toMatch(/"(HtmlBody|TextBody|MessageStream)"/);
    expect(frame!.doc('[data-gl-mark]').length).toBeGreaterThan(0);
  });

  it('the beginning of the body is measured with the config\'s can-spam settings, as the check measured it', () => {
    writeFileSync(join(repo, 'graylint.config.yaml'), 'settings:\n  can-spam.beginningOfBody: 0.5\n');
    const { $ } = report('templates/transactional/receipt.html');
    expect($('[data-cutoff]').text()).toContain('within the first 50% of the');
  });

  it('a message cut out of an mbox is rendered from its bytes', () => {
    const msg = readFileSync(join(FIXTURES, 'gray-zone/receipt-with-referral.eml'), 'utf8');
    writeFileSync(join(repo, 'inbox.mbox'), `From a@example.com Mon Jan  1 00:00:00 2024\n${msg}\n`);
    const { $ } = report('inbox.mbox');
    expect($('section.file').attr('data-file')).toBe('inbox.mbox#1');
    const [frame] = frames($);
    expect(frame).toBeDefined();
    expect(frame!.doc('[data-gl-kind="promo"]').length).toBeGreaterThan(0);
  });
});

describe('--explain in the terminal', () => {
  it('shows how each law was reached, signals with bars, and where the promotions are', () => {
    const r = spawnSync(process.execPath, [CLI, 'check', '--explain', 'fixtures/gray-zone/receipt-with-referral-above.en.html'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.stdout).toMatch(/how the verdicts were reached:/);
    expect(r.stdout).toMatch(/US CAN-SPAM\s+✗ can-spam\/316\.3-primary-purpose-not-shown\s+·\s+✗ can-spam\/316\.3\(b\)-no-commercial-content .*✓ can-spam\/316\.3\(a\)\(2\)\(ii\)-transactional-not-first → commercial/);
    expect(r.stdout).toMatch(/promo\.share\s+█+░+ 0\.\d+/);
    expect(r.stdout).toMatch(/promotional elements:\n\s+body 30:107\s+Give \$40, get \$40\n\s+body 31:98\s+Invite a friend/);
  });
});

/**
 * The whole-report path the streamed reports are compared with: a --fix-dry-run run keeps every
 * result (fixing needs them all) and formats the report once at the end. What it says about fixes
 * on stderr is left out of the comparison.
 */
const WHOLE_REPORT = ['--fix-dry-run'];
function withoutFixLines(stderr: string): string {
  return stderr.split('\n').filter((line) => !/: (?:would have |not fixed: )/.test(line)).join('\n');
}

describe('--format json is written as results arrive', () => {
  it('prints byte for byte the document the whole-report path prints, with --quiet and a baseline too', () => {
    const cli = join(ROOT, 'dist/bundle/main.js');
    const inputs = [join(ROOT, 'fixtures/gray-zone'), join(ROOT, 'fixtures/basic')];
    const baseline = join(mkdtempSync(join(tmpdir(), 'graylint-stream-')), 'baseline.json');
    spawnSync(process.execPath, [cli, 'baseline', '-o', baseline, join(ROOT, 'fixtures/gray-zone')], { encoding: 'utf8' });
    expect(existsSync(baseline)).toBe(true);
    for (const extra of [[], ['--quiet'], ['--baseline', baseline]]) {
      const streamed = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...WHOLE_REPORT, ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(streamed.stdout).toBe(whole.stdout);
      expect(streamed.status).toBe(whole.status);
      expect((JSON.parse(streamed.stdout) as { results: unknown[] }).results.length).toBeGreaterThan(10);
    }
  });
});

describe('every format is written as results arrive, extra reports too', () => {
  const cli = join(ROOT, 'dist/bundle/main.js');
  const inputs = [join(ROOT, 'fixtures/gray-zone'), join(ROOT, 'fixtures/basic'), join(ROOT, 'fixtures/invalid')].filter(existsSync);
  const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'check', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });

  it('stylish and github: byte for byte the whole-report path, with --quiet, --explain, a baseline and -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-text-'));
    const baseline = join(dir, 'baseline.json');
    spawnSync(process.execPath, [cli, 'baseline', '-o', baseline, join(ROOT, 'fixtures/gray-zone')], { encoding: 'utf8' });
    for (const format of ['stylish', 'github']) {
      for (const extra of [[], ['--quiet'], ['--explain'], ['--baseline', baseline]]) {
        const streamed = run('--format', format, ...extra, ...inputs);
        const whole = run('--format', format, ...WHOLE_REPORT, ...extra, ...inputs);
        expect(streamed.stdout).toBe(whole.stdout);
        expect(streamed.stderr).toBe(withoutFixLines(whole.stderr));
        expect(streamed.status).toBe(whole.status);
        expect(streamed.stdout).toMatch(/\d+ files checked/);
      }
      const out = join(dir, `out.${format}`);
      const written = run('--format', format, '-o', out, ...inputs);
      expect(written.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toBe(run('--format', format, ...WHOLE_REPORT, ...inputs).stdout);
    }
  }, 120_000);

  it('--output-json and --output-sarif: the same files as the whole-report path writes, every finding even with --quiet', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-extra-'));
    for (const format of ['stylish', 'ndjson', 'sarif']) {
      const streamedFiles = [join(dir, `s-${format}.json`), join(dir, `s-${format}.sarif`)];
      const wholeFiles = [join(dir, `w-${format}.json`), join(dir, `w-${format}.sarif`)];
      const streamed = run('--format', format, '--quiet', '--output-json', streamedFiles[0]!, '--output-sarif', streamedFiles[1]!, ...inputs);
      const whole = run('--format', format, '--quiet', ...WHOLE_REPORT, '--output-json', wholeFiles[0]!, '--output-sarif', wholeFiles[1]!, ...inputs);
      expect(streamed.status).toBe(whole.status);
      expect(streamed.stdout).toBe(whole.stdout);
      for (const [i, file] of streamedFiles.entries()) expect(readFileSync(file, 'utf8')).toBe(readFileSync(wholeFiles[i]!, 'utf8'));
      // --quiet shortens the report shown, not the extra ones: they keep warnings and notices.
      const severities = (JSON.parse(readFileSync(streamedFiles[0]!, 'utf8')) as { results: Array<{ findings: Array<{ severity: string }> }> }).results.flatMap((r) => r.findings.map((f) => f.severity));
      expect(severities).toContain('warning');
    }
  }, 60_000);

  it('a report file that cannot be written is one line naming it, exit 2, in every format and with --fix-dry-run', () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'graylint-out-')), 'no-such-folder');
    for (const args of [['--format', 'json', '-o', join(missing, 'r.json')], ['-o', join(missing, 'r.txt')], ['--format', 'sarif', '-o', join(missing, 'r.sarif')], ['--output-json', join(missing, 'r.json')], [...WHOLE_REPORT, '--output-sarif', join(missing, 'r.sarif')]]) {
      const r = run(...args, join(ROOT, 'fixtures/basic'));
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^graylint: ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/r\\.\\w+: cannot write the report there \\(ENOENT\\)\n$`));
    }
  });

  it('--format ndjson writes to the -o file, not stdout, and leaves no file when nothing is checked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-ndjson-'));
    const out = join(dir, 'out.ndjson');
    const written = run('--format', 'ndjson', '-o', out, join(ROOT, 'fixtures/gray-zone'));
    expect(written.stdout).toBe('');
    expect(written.status).toBe(1);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.map((l) => (JSON.parse(l) as { category: string }).category)).toContain('hybrid');
    expect(lines.join('\n')).toBe(run('--format', 'ndjson', join(ROOT, 'fixtures/gray-zone')).stdout.trimEnd());
    const none = join(dir, 'none.ndjson');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    expect(run('--format', 'ndjson', '-o', none, empty).status).toBe(2);
    expect(existsSync(none)).toBe(false);
  });
});

describe('--format html keeps each message\'s rendering, not every result and its stages', () => {
  it('prints byte for byte the report the whole-report path prints, with --quiet, a baseline and -o too', () => {
    const cli = join(ROOT, 'dist/bundle/main.js');
    const inputs = [join(ROOT, 'fixtures/gray-zone'), join(ROOT, 'fixtures/basic'), join(ROOT, 'fixtures/invalid')].filter(existsSync);
    const dir = mkdtempSync(join(tmpdir(), 'graylint-html-'));
    const baseline = join(dir, 'baseline.json');
    spawnSync(process.execPath, [cli, 'baseline', '-o', baseline, join(ROOT, 'fixtures/gray-zone')], { encoding: 'utf8' });
    for (const extra of [[], ['--quiet'], ['--baseline', baseline]]) {
      const streamed = spawnSync(process.execPath, [cli, 'check', '--format', 'html', ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'html', ...WHOLE_REPORT, ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      expect(streamed.stdout).toBe(whole.stdout);
      expect(streamed.stderr).toBe(withoutFixLines(whole.stderr));
      expect(streamed.status).toBe(whole.status);
      const $ = parseReport(streamed.stdout);
      expect($('#summary tbody tr').length).toBeGreaterThan(10);
      expect($('section.file').length).toBe($('#summary tbody tr').length);
      // Each message is still drawn from its check's stages: frames with marks in them.
      expect(frames($).some((f) => f.source.includes('data-gl-mark'))).toBe(true);
    }
    const out = join(dir, 'out.html');
    const written = spawnSync(process.execPath, [cli, 'check', '-o', out, ...inputs], { encoding: 'utf8' });
    expect(written.stdout).toBe('');
    const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'html', ...WHOLE_REPORT, ...inputs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(readFileSync(out, 'utf8')).toBe(whole.stdout);
  }, 120_000);

  it('with --branches, places each result by checking its file again, as the whole-report path does', () => {
    const cli = join(ROOT, 'dist/bundle/main.js');
    const inputs = [join(ROOT, 'fixtures/branches')].filter(existsSync);
    if (inputs.length === 0) return;
    const streamed = spawnSync(process.execPath, [cli, 'check', '--format', 'html', '--branches', ...inputs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'html', '--branches', ...WHOLE_REPORT, ...inputs], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(streamed.stdout).toBe(whole.stdout);
    expect(streamed.status).toBe(whole.status);
    expect(parseReport(streamed.stdout)('section.file').length).toBeGreaterThan(0);
  });
});

describe('--format sarif and junit keep only the document text, not every result', () => {
  it('prints byte for byte the log the whole-report path prints, with --quiet, a baseline and --output too', () => {
    const cli = join(ROOT, 'dist/bundle/main.js');
    const inputs = [join(ROOT, 'fixtures/gray-zone'), join(ROOT, 'fixtures/basic'), join(ROOT, 'fixtures/invalid')].filter(existsSync);
    const dir = mkdtempSync(join(tmpdir(), 'graylint-sarif-'));
    const baseline = join(dir, 'baseline.json');
    spawnSync(process.execPath, [cli, 'baseline', '-o', baseline, join(ROOT, 'fixtures/gray-zone')], { encoding: 'utf8' });
    for (const extra of [[], ['--quiet'], ['--baseline', baseline]]) {
      const streamed = spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', ...WHOLE_REPORT, ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(streamed.stdout).toBe(whole.stdout);
      expect(streamed.stderr).toBe(withoutFixLines(whole.stderr));
      expect(streamed.status).toBe(whole.status);
      const log = JSON.parse(streamed.stdout) as { runs: Array<{ results: unknown[]; properties: { files: unknown[] } }> };
      // (The baseline hides most findings: only what it does not know is left.)
      expect(log.runs[0]!.results.length).toBeGreaterThan(extra[0] === '--baseline' ? 0 : 10);
      expect(log.runs[0]!.properties.files.length).toBeGreaterThan(10);
    }
    const out = join(dir, 'out.sarif');
    spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', '-o', out, ...inputs], { encoding: 'utf8' });
    const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'sarif', ...WHOLE_REPORT, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(readFileSync(out, 'utf8')).toBe(whole.stdout);
  });

  it('--format junit too: byte for byte the whole-report path, with --quiet and a baseline', () => {
    const cli = join(ROOT, 'dist/bundle/main.js');
    const inputs = [join(ROOT, 'fixtures/gray-zone'), join(ROOT, 'fixtures/basic')];
    const baseline = join(mkdtempSync(join(tmpdir(), 'graylint-junit-')), 'baseline.json');
    spawnSync(process.execPath, [cli, 'baseline', '-o', baseline, join(ROOT, 'fixtures/gray-zone')], { encoding: 'utf8' });
    for (const extra of [[], ['--quiet'], ['--baseline', baseline]]) {
      const streamed = spawnSync(process.execPath, [cli, 'check', '--format', 'junit', ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      const whole = spawnSync(process.execPath, [cli, 'check', '--format', 'junit', ...WHOLE_REPORT, ...extra, ...inputs], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      expect(streamed.stdout).toBe(whole.stdout);
      expect(streamed.stderr).toBe(withoutFixLines(whole.stderr));
      expect(streamed.status).toBe(whole.status);
      expect((streamed.stdout.match(/<testsuite /g) ?? []).length).toBeGreaterThan(10);
    }
  });

  it('writes an empty results list as JSON does when no file has a finding', async () => {
    const { SarifLog, formatSarif } = await import('../src/report/sarif.js');
    const empty = new SarifLog([], { cwd: ROOT, toolVersion: '0' }).finish();
    expect(empty).toBe(formatSarif({ version: 1, results: [] }, [], { cwd: ROOT, toolVersion: '0' }));
    expect(JSON.parse(empty).runs[0].results).toEqual([]);
    expect(empty).toMatch(/"results": \[\],/);
  });
});
