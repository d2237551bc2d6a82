import { describe, expect, it } from 'vitest';
import { fixOneClickUnsubscribe } from '../src/fix/eml.js';

const msg = (headers: string, eol = '\r\n') => Buffer.from(`${headers.trim().split('\n').join(eol)}${eol}${eol}Body ünïcode stays.${eol}`, 'utf8');

describe('safe fix: one-click unsubscribe header', () => {
  it('adds List-Unsubscribe-Post after a (folded) List-Unsubscribe with an HTTPS URI, keeping CRLF and the body bytes', () => {
    const input = msg('From: a@b.example\nList-Unsubscribe: <mailto:u@b.example>,\n <https://b.example/u?t=1>\nSubject: Sale');
    const r = fixOneClickUnsubscribe(input);
    expect(r && 'output' in r).toBe(true);
    const out = (r as { output: Buffer }).output;
    expect(out.toString('utf8')).toBe(
      'From: a@b.example\r\nList-Unsubscribe: <mailto:u@b.example>,\r\n <https://b.example/u?t=1>\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\nSubject: Sale\r\n\r\nBody ünïcode stays.\r\n',
    );
  });

  it('does nothing without an HTTPS URI, or when the header is already there', () => {
    expect(fixOneClickUnsubscribe(msg('From: a@b.example\nList-Unsubscribe: <mailto:u@b.example>'))).toBeNull();
    expect(fixOneClickUnsubscribe(msg('From: a@b.example\nList-Unsubscribe: <https://b.example/u>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click'))).toBeNull();
    expect(fixOneClickUnsubscribe(msg('From: a@b.example\nSubject: x'))).toBeNull();
  });

  it('refuses a DKIM-signed message: the signature must cover the new header', () => {
    const r = fixOneClickUnsubscribe(msg('DKIM-Signature: v=1; d=b.example; h=from:list-unsubscribe\nFrom: a@b.example\nList-Unsubscribe: <https://b.example/u>'));
    expect(r && 'reason' in r && r.reason).toMatch(/DKIM-signed/);
  });
});
