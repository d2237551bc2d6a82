import { mkdtempSync, readdirSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChecker } from '../../src/check.js';
import { FIXTURES } from '../helpers.js';
import {
  bigBase64Image, bigHtmlPart, entityFlood, longFoldedHeader, longHeaderLine, manyHeaders, manyParts, nestedMessages, nestedMultipart, nestedTables,
} from './generate.js';
import { LARGE_INPUT_MS, SMALL_INPUT_MS, expectOutcome, ids, limitHits, timed } from './helpers.js';

/**
 * Hostile input: every file resolves to a result or an error entry, within a time bound, and
 * never throws. Small fixtures are committed in fixtures/hostile/; large ones are generated here
 * into a temporary folder.
 */
const checker = createChecker();
const HOSTILE = join(FIXTURES, 'hostile');
let tmp = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'graylint-hostile-'));
  // Warm up: the first raw message loads mailparser.
  await checker.checkFile(join(FIXTURES, 'gray-zone/receipt-with-referral.eml'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('committed hostile fixtures', () => {
  const files = readdirSync(HOSTILE).sort();

  it('are there', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const f of files) {
    it(`${f}: a result within ${SMALL_INPUT_MS} ms`, async () => {
      const { result, ms } = await timed(() => checker.checkFile(join(HOSTILE, f)));
      expectOutcome(result);
      expect(result.error).toBeUndefined();
      expect(ms).toBeLessThan(SMALL_INPUT_MS);
    });
  }

  it('reads UTF-16 without a BOM, little- and big-endian, as text and as a raw message', async () => {
    for (const f of ['utf16le-no-bom.html', 'utf16be-no-bom.html']) {
      const r = await checker.checkFile(join(HOSTILE, f), { explain: true });
      expect(r.subject).toBe('Your order #10442 has shipped');
      expect(r.signals?.['core.present']).toBe(true);
    }
    const eml = await checker.checkFile(join(HOSTILE, 'utf16le-no-bom.eml'));
    expect(eml.kind).toBe('eml');
    expect(eml.subject).toBe('Your order has shipped');
  });

  it('keeps NUL bytes and terminal escapes out of the text it reports', async () => {
    const r = await checker.checkFile(join(HOSTILE, 'nul-bytes.html'), { explain: true });
    expect(r.signals?.['core.present']).toBe(true);
    for (const f of r.findings) expect(f.evidence).not.toMatch(/[\u0000\u001b]/);
  });

  it('reads mixed and invalid encodings without failing the message', async () => {
    const mixed = await checker.checkFile(join(HOSTILE, 'mixed-encodings.eml'));
    expect(mixed.subject).toMatch(/^Ihre Bestellung wurde versandt/);
    const invalid = await checker.checkFile(join(HOSTILE, 'invalid-utf8.html'));
    expect(invalid.category).toBe('transactional');
  });

  it('reads what survives of broken base64 and quoted-printable', async () => {
    const qp = await checker.checkFile(join(HOSTILE, 'broken-quoted-printable.eml'), { explain: true });
    expect(qp.signals?.['core.present']).toBe(true);
    const b64 = await checker.checkFile(join(HOSTILE, 'broken-base64.eml'));
    expectOutcome(b64);
  });
});

describe('generated hostile messages', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('refuses multiparts nested 3,000 deep, naming the limit', async () => {
    const { result, ms } = await timed(() => checker.checkFile(write('nested.eml', nestedMultipart(3000))));
    expect(result.error?.code).toBe('too-large');
    expect(result.error?.message).toMatch(/limits\.maxMimeDepth = 32/);
    expect(ms).toBeLessThan(SMALL_INPUT_MS);
  });

  it('still reads multiparts nested 20 deep, down to the offer in the innermost part', async () => {
    const { result, ms } = await timed(() => checker.checkBuffer('nested20.eml', nestedMultipart(20), { explain: true }));
    expect(result.error).toBeUndefined();
    expect(result.signals?.['promo.commercial']).toBe(true);
    expect(ms).toBeLessThan(SMALL_INPUT_MS);
  });

  it('refuses inline message/rfc822 parts nested 2,000 deep', async () => {
    const { result, ms } = await timed(() => checker.checkBuffer('messages.eml', nestedMessages(2000)));
    expect(result.error?.code).toBe('too-large');
    expect(result.error?.message).toMatch(/maxMimeDepth/);
    expect(ms).toBeLessThan(SMALL_INPUT_MS);
  });

  it('refuses 5,000 MIME parts', async () => {
    const { result, ms } = await timed(() => checker.checkBuffer('parts.eml', manyParts(5000)));
    expect(result.error?.code).toBe('too-large');
    expect(result.error?.message).toMatch(/limits\.maxMimeParts = 500/);
    expect(ms).toBeLessThan(SMALL_INPUT_MS);
  });

  it('refuses 100,000 header fields', async () => {
    const { result, ms } = await timed(() => checker.checkFile(write('headers.eml', manyHeaders(100_000))));
    expect(result.error?.code).toBe('too-large');
    expect(result.error?.message).toMatch(/limits\.maxHeaders = 1,000/);
    expect(ms).toBeLessThan(SMALL_INPUT_MS);
  });

  it('refuses a header line of 1 MB, and a header folded over 20,000 lines', async () => {
    for (const bytes of [longHeaderLine(1024 * 1024), longFoldedHeader(20_000)]) {
      const { result, ms } = await timed(() => checker.checkBuffer('long.eml', bytes));
      expect(result.error?.code).toBe('too-large');
      expect(result.error?.message).toMatch(/limits\.maxHeaderLineChars = 65,536/);
      expect(ms).toBeLessThan(SMALL_INPUT_MS);
    }
  });

  it('reads a translation string of 200,000 letters with no blank in them at once, in every locale format (a word test once retried from every letter)', async () => {
    const run = 'a'.repeat(200_000);
    const inputs: Array<[string, string]> = [
      ['strings.json', JSON.stringify({ body: `${run} %{name}`, next: 'Your order has shipped.' })],
      ['strings.yml', `en:\n  body: "${run} {name}"\n  next: Your order has shipped.\n`],
      ['strings.po', `msgid "body"\nmsgstr "${run} %s"\n\nmsgid "next"\nmsgstr "Your order has shipped."\n`],
      ['strings.php', `<?php\n$lang['body'] = '${run} x';\n$lang['next'] = 'Your order has shipped.';\n`],
      ['strings.js', `export default { body: '${run} ', next: 'Your order has shipped.' };\n`],
    ];
    for (const [name, text] of inputs) {
      const { result, ms } = await timed(() => checker.checkBuffer(name, Buffer.from(text)));
      expectOutcome(result);
      expect(ms, name).toBeLessThan(SMALL_INPUT_MS);
    }
  });

  it('classifies a receipt with a 20 MB base64 image attachment', async () => {
    const path = write('image.eml', bigBase64Image(15 * 1024 * 1024));
    const { result, ms } = await timed(() => checker.checkFile(path));
    expect(result.error).toBeUndefined();
    expect(result.category).toBe('transactional');
    expect(ms).toBeLessThan(LARGE_INPUT_MS);
  }, 30_000);

  it('refuses a 26 MB file before reading it, and a 26 MB buffer handed to the library', async () => {
    const path = join(tmp, 'huge.html');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 26 * 1024 * 1024);
    closeSync(fd);
    const file = await checker.checkFile(path);
    expect(file.error?.code).toBe('too-large');
    expect(file.error?.message).toBe('26.0 MB exceeds the 25.0 MB input limit (limits.maxInputBytes)');
    const buffer = await checker.checkBuffer('huge.html', Buffer.alloc(26 * 1024 * 1024, 0x61));
    expect(buffer.error?.code).toBe('too-large');
    expect(buffer.error?.message).toMatch(/limits\.maxInputBytes/);
  }, 30_000);

  it('reads the first 5 million characters of a 16 MB HTML part and says so', async () => {
    const { result, ms } = await timed(() => checker.checkBuffer('big.eml', bigHtmlPart(16_000_000)));
    expect(result.error).toBeUndefined();
    expect(limitHits(result)).toContain('limits.maxBodyChars');
    expect(ms).toBeLessThan(LARGE_INPUT_MS);
  }, 30_000);

  it('stops at 512 levels of 100,000 nested tables and says where', async () => {
    const { result, ms } = await timed(() => checker.checkFile(write('tables.html', nestedTables(100_000))));
    expect(result.error).toBeUndefined();
    expect(limitHits(result)).toContain('limits.maxHtmlDepth');
    const hit = result.findings.find((f) => f.ruleId === 'graylint/limit-reached')!;
    expect(hit.message).toMatch(/nested more than 512 deep/);
    expect(hit.location.line).toBe(1);
    expect(ms).toBeLessThan(SMALL_INPUT_MS);
  });

  for (const kind of ['named', 'numeric', 'hex', 'unknown', 'unterminated'] as const) {
    it(`survives a flood of 1,000,000 ${kind} entities`, async () => {
      const { result, ms } = await timed(() => checker.checkBuffer('entities.html', Buffer.from(entityFlood(kind, 1_000_000))));
      expectOutcome(result);
      expect(result.error).toBeUndefined();
      expect(ms).toBeLessThan(LARGE_INPUT_MS);
    }, 30_000);
  }

  it('survives a 5 MB comment and a 5 MB CDATA section that never close', async () => {
    for (const tail of ['<!--', '<![CDATA[']) {
      const html = '<p>Your order has shipped.</p>' + tail + 'x <p>y</p> '.repeat(500_000);
      const { result, ms } = await timed(() => checker.checkBuffer('unclosed.html', Buffer.from(html)));
      expect(result.error).toBeUndefined();
      expect(ms).toBeLessThan(LARGE_INPUT_MS);
    }
  }, 30_000);

  it('survives template tags that never close (a million openers of every kind)', async () => {
    for (const [name, opener] of [['a.hbs', '{{'], ['a.liquid', '{% '], ['a.erb', '<%'], ['a.php', '<?php '], ['a.ftl', '<#a'], ['a.ftl', '[#'], ['a.html', '{{{'], ['a.html', '<#--']] as const) {
      const src = '<p>Hi {{name}}, your order has shipped.</p>' + opener.repeat(Math.floor(2_000_000 / opener.length));
      const { result, ms } = await timed(() => checker.checkBuffer(name, Buffer.from(src)));
      expect(result.error, `${name} ${opener}`).toBeUndefined();
      expect(ms, `${name} ${opener}`).toBeLessThan(LARGE_INPUT_MS);
    }
  }, 60_000);

  it('stops at 100,000 HTML nodes and at 10,000 blocks', async () => {
    const { result, ms } = await timed(() => checker.checkBuffer('blocks.html', Buffer.from('<p>Your order has shipped.</p>' + '<p>50% off</p>'.repeat(1_000_000))));
    expect(limitHits(result)).toEqual(expect.arrayContaining(['limits.maxHtmlNodes', 'limits.maxBlocks']));
    expect(ms).toBeLessThan(LARGE_INPUT_MS);
  }, 30_000);

  it('reads at most 200 directives, so 50,000 cannot make suppression quadratic', async () => {
    const html = '<!-- graylint-disable-next-block casl/promo-in-transactional -- ok -->\n<p>Your order has shipped.</p>\n'.repeat(50_000);
    const { result, ms } = await timed(() => checker.checkBuffer('directives.html', Buffer.from(html)));
    expect(limitHits(result)).toContain('limits.maxDirectives');
    expect(ms).toBeLessThan(LARGE_INPUT_MS);
  }, 30_000);

  it('splits one 5 MB paragraph into bounded blocks and reads up to 1,000,000 characters of it', async () => {
    const words = 'Your order has shipped. Save 50% off your next order with code SAVE50. ';
    const { result, ms } = await timed(() => checker.checkBuffer('para.txt', Buffer.from(words.repeat(Math.ceil(5_000_000 / words.length)))));
    expect(result.error).toBeUndefined();
    expect(limitHits(result)).toContain('limits.maxTextChars');
    expect(ids(result)).not.toContain('graylint/hidden-content');
    expect(ms).toBeLessThan(LARGE_INPUT_MS);
  }, 30_000);
});
