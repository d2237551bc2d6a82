// `graylint serve --ui` (issue 19): the live page is served only with --ui, carries a strict CSP
// and a per-start token and nothing from elsewhere; the service answers the page's own origin
// with that token and refuses every other web page (403), token or not; the page's answers are
// the ones `graylint check --format json` gives on the same input.
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, GRAY, ROOT } from './helpers.js';
import { checkJson, startServe, tokenOf, type ServeChild } from './ui-helpers.js';

const RECEIPT_EML = readFileSync(join(GRAY, 'receipt-with-referral.eml'));
const PLAIN_RECEIPT = 'Hi Sam,\n\nThanks for your order #1042. We received your payment of $42.00 for 1 item.\nYour order will ship within two days; we will email you the tracking number.\n\nThe Shop team\n';
const WITH_OFFER = `${PLAIN_RECEIPT}\nGet 20% off your next order with code THANKS20.\n`;

let ui: ServeChild;
let plain: ServeChild;
let page: string;
let token: string;

beforeAll(async () => {
  assertBuilt();
  [ui, plain] = await Promise.all([startServe(['--ui']), startServe([])]);
  page = await (await fetch(`${ui.url}/`)).text();
  token = tokenOf(page);
}, 60_000);
afterAll(async () => {
  await Promise.all([ui?.stop(), plain?.stop()]);
});

/** A POST to /v1/check as the page sends it (its origin, its token), with changes. */
function post(server: ServeChild, query: string, body: string | Uint8Array, type: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/v1/check${query}`, { method: 'POST', headers: { 'Content-Type': type, ...headers }, body: body as BodyInit });
}
const fromPage = () => ({ Origin: ui.url, 'X-Graylint-Token': token });

/** A request through node:http, which (unlike fetch) sends the Host header it is given. */
function raw(server: ServeChild, method: string, path: string, headers: Record<string, string>, body = '') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the page', () => {
  it('is served at / only with --ui', async () => {
    expect((await fetch(`${plain.url}/`)).status).toBe(404);
    expect((await fetch(`${plain.url}/ui/app.js`)).status).toBe(404);
    const res = await fetch(`${ui.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(ui.stderr()).toContain(`the live page is at ${ui.url}/`);
  });

  it('carries a strict Content-Security-Policy, is never framed, and sends no referrer', async () => {
    for (const path of ['/', '/ui/app.js', '/ui/app.css']) {
      const res = await fetch(`${ui.url}${path}`);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|\*|https?:)/);
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("form-action 'none'");
      expect(csp).not.toMatch(/https?:|\*/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('carries a token made at start-up: long, random, different on every start', async () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = await startServe(['--ui']);
    try {
      const other = tokenOf(await (await fetch(`${again.url}/`)).text());
      expect(other).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(other).not.toBe(token);
      // Each service takes only its own token.
      const res = await post(again, '', 'Your order has shipped.', 'text/plain', { Origin: again.url, 'X-Graylint-Token': token });
      expect(res.status).toBe(403);
    } finally {
      await again.stop();
    }
  }, 60_000);

  it('loads nothing from elsewhere: no external URL in the page, its script or its style', async () => {
    const files = await Promise.all(['/', '/ui/app.js', '/ui/app.css'].map(async (p) => (await fetch(`${ui.url}${p}`)).text()));
    for (const text of files) {
      expect(text).not.toMatch(/https?:\/\//i);
      expect(text).not.toMatch(/(src|href|action)=["']?\/\//i);
      expect(text).not.toMatch(/@import/i);
    }
    expect(files[2]).not.toMatch(/url\(/i);
    // Its own files only, by path.
    expect([...page.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1])).toEqual(['data:,', '/ui/app.css', '/ui/app.js', '#result']);
    // And the files served are the package's own.
    expect(files[1]).toBe(readFileSync(join(ROOT, 'src/server/ui/app.js'), 'utf8'));
  });

  it('lists the laws and jurisdictions the service checks against', () => {
    expect(page).toContain('name="graylint-jurisdictions" content="us,ca,eu,auto"');
    expect(page).toMatch(/name="graylint-laws" content="\[\{&quot;id&quot;:&quot;can-spam&quot;/);
  });

  it('is refused to other host names (DNS rebinding), as the API is', async () => {
    const res = await raw(ui, 'GET', '/', { Host: `evil.example:${new URL(ui.url).port}` });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain(token);
  });

  it('--ui serves on loopback only', async () => {
    await expect(startServe(['--ui', '--host', '0.0.0.0'])).rejects.toThrow(/loopback only/);
  }, 30_000);
});

describe('who may call the service with --ui', () => {
  it('refuses the page origin without the token, or with a wrong one', async () => {
    const wrong: Array<Record<string, string>> = [{ Origin: ui.url }, { Origin: ui.url, 'X-Graylint-Token': '' }, { Origin: ui.url, 'X-Graylint-Token': `${token.slice(0, -1)}x` }, { Origin: ui.url, 'X-Graylint-Token': `${token}x` }];
    for (const headers of wrong) {
      const res = await post(ui, '?ui=preview', PLAIN_RECEIPT, 'text/plain', headers);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: expect.stringMatching(/token/i) });
    }
  });

  it('refuses another origin even with the token', async () => {
    const port = new URL(ui.url).port;
    for (const origin of ['https://evil.example', 'null', `http://localhost:${port}`, `http://127.0.0.1:${Number(port) + 1}`, `https://127.0.0.1:${port}`, `${ui.url}/`]) {
      const res = await post(ui, '?ui=preview', PLAIN_RECEIPT, 'text/plain', { Origin: origin, 'X-Graylint-Token': token });
      expect(res.status, origin).toBe(403);
    }
    // Nor for the page's files or the other routes.
    for (const path of ['/', '/healthz', '/metrics']) {
      expect((await fetch(`${ui.url}${path}`, { headers: { Origin: 'https://evil.example', 'X-Graylint-Token': token } })).status, path).toBe(403);
    }
  });

  it('refuses the page origin with the token for another host name', async () => {
    const res = await raw(ui, 'POST', '/v1/check', { 'Content-Type': 'text/plain', ...fromPage(), Host: `evil.example:${new URL(ui.url).port}` }, PLAIN_RECEIPT);
    expect(res.status).toBe(403);
  });

  it('without --ui still refuses every web page, token or not', async () => {
    const res = await post(plain, '', PLAIN_RECEIPT, 'text/plain', { Origin: plain.url, 'X-Graylint-Token': token });
    expect(res.status).toBe(403);
    expect((await post(plain, '?ui=preview', PLAIN_RECEIPT, 'text/plain')).status).toBe(400);
  });

  it('answers the page (its origin and token), and programs (no Origin) as without --ui', async () => {
    expect((await post(ui, '?ui=preview', PLAIN_RECEIPT, 'text/plain', fromPage())).status).toBe(200);
    expect((await post(ui, '', PLAIN_RECEIPT, 'text/plain')).status).toBe(200);
    expect((await fetch(`${ui.url}/healthz`, { headers: fromPage() })).status).toBe(200);
  });
});

describe('same engine, same answers', () => {
  const strip = (r: Record<string, unknown>) => {
    const { preview: _preview, ...rest } = r;
    return rest;
  };

  it('a pasted receipt, then with an offer: the answer is `graylint check --format json`’s, and the offer is outlined', async () => {
    writeFileSync(join(ui.cwd, 'request.txt'), PLAIN_RECEIPT);
    const before = (await (await post(ui, '?ui=preview', PLAIN_RECEIPT, 'text/plain', fromPage())).json()) as Record<string, unknown>;
    expect(before['category']).toBe('transactional');
    expect(strip(before)).toEqual(checkJson(ui.cwd, ['request.txt']));

    writeFileSync(join(ui.cwd, 'request.txt'), WITH_OFFER);
    const res = await post(ui, '?ui=preview', WITH_OFFER, 'text/plain', fromPage());
    const after = (await res.json()) as Record<string, unknown> & { preview: { html: string; marks: Array<{ kind: string; text: string; findings: number[] }> } };
    expect(after['category']).toBe('hybrid');
    expect((after['verdicts'] as Record<string, { class: string }>)['casl']!.class).toBe('cem');
    expect(strip(after)).toEqual(checkJson(ui.cwd, ['request.txt']));
    // The preview: the offer outlined as promotional, the message inert.
    const promo = after.preview.marks.find((m) => m.kind === 'promo');
    expect(promo?.text).toContain('20% off');
    expect(after.preview.html).toMatch(/data-gl-kind="promo"/);
    expect(after.preview.html).not.toMatch(/<script/i);
    // Its findings point into the answer's own findings.
    const findings = after['findings'] as unknown[];
    for (const m of after.preview.marks) for (const i of m.findings) expect(findings[i]).toBeDefined();
  });

  it('an .eml with its name, a subject, jurisdictions and a declared stream: as check with the same file, flags and config', async () => {
    writeFileSync(join(ui.cwd, 'receipt.eml'), RECEIPT_EML);
    const eml = (await (await post(ui, '?ui=preview&file=receipt.eml', RECEIPT_EML, 'message/rfc822', fromPage())).json()) as Record<string, unknown>;
    expect(eml['category']).toBe('hybrid');
    expect(strip(eml)).toEqual(checkJson(ui.cwd, ['receipt.eml']));

    const html = readFileSync(join(GRAY, 'receipt-with-referral-above.en.html'));
    writeFileSync(join(ui.cwd, 'above.html'), html);
    const q = '?ui=preview&file=above.html&subject=Your%20order%20%231042&jurisdictions=us,ca';
    const withFlags = (await (await post(ui, q, html, 'text/html', fromPage())).json()) as Record<string, unknown>;
    expect(Object.keys(withFlags['verdicts'] as object).sort()).toEqual(['can-spam', 'casl']);
    expect(strip(withFlags)).toEqual(checkJson(ui.cwd, ['--subject', 'Your order #1042', '--jurisdictions', 'us,ca', 'above.html']));

    const declared = (await (await post(ui, '?ui=preview&file=above.html&stream=transactional', html, 'text/html', fromPage())).json()) as Record<string, unknown>;
    expect((declared['findings'] as Array<{ ruleId: string }>)[0]!.ruleId).toBe('stream/mismatch');
    writeFileSync(join(ui.cwd, 'declared.yaml'), 'streams:\n  transactional: ["above.html"]\n');
    expect(strip(declared)).toEqual(checkJson(ui.cwd, ['-c', 'declared.yaml', 'above.html']));
  }, 30_000);

  it('"download report" is the HTML report of the same check', async () => {
    const res = await post(ui, '?ui=report', WITH_OFFER, 'text/plain', fromPage());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const html = await res.text();
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"');
    expect(html).toMatch(/<td data-col="category"><span class="badge hybrid">hybrid<\/span>/);
  });
});

describe('bad input never takes the service down', () => {
  it('answers each with one line and keeps answering', async () => {
    const bad: Array<[string, string | Uint8Array, string, number]> = [
      ['?ui=preview', new Uint8Array([0, 1, 2, 255, 254, 0, 0, 7]), 'text/html', 422],
      ['?ui=preview', '', 'text/plain', 422],
      ['?ui=report', '', 'message/rfc822', 422],
      ['?ui=preview', '<html><body>' + '<div>'.repeat(5000) + 'Get 20% off' + '</div>'.repeat(5000), 'text/html', 200],
      ['?ui=preview', '<table><tr><td><p>Order <b>#1<td>shipped<tr></table><script>alert(1)</script><img src=https://t.example/p.gif>', 'text/html', 200],
      ['?ui=nonsense', 'x', 'text/plain', 400],
      ['?ui=preview&stream=weekly', 'x', 'text/plain', 400],
      ['?ui=preview&jurisdictions=xx', 'x', 'text/plain', 400],
      ['?ui=preview&file=%00', 'x', 'text/plain', 400],
    ];
    for (const [q, body, type, status] of bad) {
      const res = await post(ui, q, body, type, fromPage());
      expect(res.status, q).toBe(status);
      const text = await res.text();
      if (status === 200) {
        const r = JSON.parse(text) as { preview: { html: string } };
        expect(r.preview.html).not.toMatch(/<script|https:\/\/t\.example/i);
      }
    }
    expect((await fetch(`${ui.url}/healthz`)).status).toBe(200);
  }, 30_000);
});
