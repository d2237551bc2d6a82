import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { ROOT } from './helpers.js';

/**
 * Issue 15 item 23: where graylint could not read a message's body, the result says so, and a
 * transactional-sounding subject alone never earns the transactional stream.
 */
const checker = createChecker();
const CLI = join(ROOT, 'dist/bundle/main.js');
const crlf = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');

const HEADER_ONLY_RECEIPT = crlf([
  'From: Shop <orders@shop.example>',
  'To: a@b.example',
  'Subject: Your receipt',
  'Date: Mon, 1 Jun 2026 10:00:00 +0000',
  'Message-ID: <r1@shop.example>',
  'MIME-Version: 1.0',
  'Content-Type: text/html',
  '',
]);

const embedded = (outerType: string, encoding = '') =>
  crlf([
    'From: Alex <alex@shop.example>',
    'Subject: Fwd: this weekend',
    'MIME-Version: 1.0',
    `Content-Type: ${outerType}`,
    ...(encoding ? [`Content-Transfer-Encoding: ${encoding}`] : []),
    '',
    'From: news@shop.example',
    'Subject: Big sale',
    'Content-Type: text/html',
    '',
    '<p>Take 50% off everything this weekend only. Shop now.</p>',
    '',
  ]);

describe('a message whose body graylint could not read', () => {
  it('a header-only receipt: body-not-read (error), undetermined, marketing stream with low confidence', async () => {
    const r = await checker.checkBuffer('receipt.eml', HEADER_ONLY_RECEIPT);
    expect(r.stream).toBe('marketing');
    expect(r.confidence).toBe('low');
    const unread = r.findings.find((f) => f.ruleId === 'graylint/body-not-read');
    expect(unread?.severity).toBe('error');
    expect(unread?.message).toMatch(/ends after the header section/);
    expect(r.findings.some((f) => f.ruleId === 'graylint/undetermined' && /no body it could read/.test(f.message))).toBe(true);
  });

  it('the CLI exits 1 on it, not 0, and never advises the transactional stream', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-unread-'));
    const file = join(dir, 'receipt.eml');
    writeFileSync(file, HEADER_ONLY_RECEIPT);
    const run = spawnSync(process.execPath, [CLI, 'check', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('graylint/body-not-read');
    expect(run.stdout).not.toMatch(/send on the transactional stream/);
  });

  it('a config may lower it to a warning (attachment-only mail), and then the run passes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-unread-'));
    writeFileSync(join(dir, 'receipt.eml'), HEADER_ONLY_RECEIPT);
    writeFileSync(join(dir, 'graylint.config.yaml'), 'rules:\n  graylint/body-not-read: warning\n');
    const run = spawnSync(process.execPath, [CLI, 'check', '--config', join(dir, 'graylint.config.yaml'), join(dir, 'receipt.eml')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/warning .*graylint\/body-not-read/s);
    expect(run.status).toBe(0);
  });

  it('a message with a body gets no such finding', async () => {
    const r = await checker.checkBuffer('ok.eml', crlf(['From: orders@shop.example', 'Subject: Your receipt', 'Content-Type: text/plain', '', 'Order #1001: 1 item, total $20.00. Thank you.', '']));
    expect(r.findings.map((f) => f.ruleId)).not.toContain('graylint/body-not-read');
  });
});

describe('a top-level message/rfc822 body', () => {
  it('is read: the offer in the embedded message is judged, and the part is named', async () => {
    const r = await checker.checkBuffer('fwd.eml', embedded('message/rfc822'), { explain: true });
    expect(r.category).toBe('marketing');
    expect(r.confidence).not.toBe('low');
    expect(r.signals?.['promo.commercial']).toBe(true);
    expect(r.findings.map((f) => f.ruleId)).not.toContain('graylint/body-not-read');
    const located = r.findings.find((f) => f.location.part);
    expect(located?.location.part).toBe('message/rfc822 › text/html');
  });

  it('one that breaks RFC 2046 (base64) is not read, and the result says so', async () => {
    const r = await checker.checkBuffer('fwd.eml', embedded('message/rfc822', 'base64'));
    expect(r.stream).toBe('marketing');
    expect(r.findings.find((f) => f.ruleId === 'graylint/body-not-read')?.message).toMatch(/base64-encoded against RFC 2046/);
  });

  it('embedded messages nested past limits.maxMimeDepth are refused as too large', async () => {
    let bytes = Buffer.from('From: a@b.example\r\nSubject: hi\r\nContent-Type: text/plain\r\n\r\nhello\r\n');
    for (let i = 0; i < 40; i++) bytes = Buffer.concat([Buffer.from('From: a@b.example\r\nContent-Type: message/rfc822\r\n\r\n'), bytes]);
    const r = await checker.checkBuffer('deep.eml', bytes);
    expect(r.error?.code).toBe('too-large');
    expect(r.error?.message).toMatch(/nested 33 deep.*limits\.maxMimeDepth = 32/);
  });
});
