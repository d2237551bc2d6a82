import { describe, expect, it } from 'vitest';
import { formatHtmlReport } from '../../src/report/html/index.js';
import { sanitizeCss } from '../../src/report/html/sanitize.js';
import { allElements, explainBytes, frames, parseReport, type Doc } from './helpers.js';
import { HOSTILE_BODY, HOSTILE_EML } from './hostile.js';

const EVENT_ATTR = /^on/i;
const URL_ATTRS = ['href', 'src', 'srcset', 'action', 'formaction', 'background', 'poster', 'data', 'xlink:href', 'srcdoc'];

function assertInert(d: Doc, where: string, allowIframe = false): void {
  for (const el of allElements(d)) {
    const name = el.name.toLowerCase();
    if (allowIframe && name === 'iframe') continue;
    expect(['script', 'iframe', 'object', 'embed', 'form', 'base', 'frame', 'svg', 'math', 'noscript', 'template', 'link', 'video'], `${where}: <${name}>`).not.toContain(name);
    if (name === 'meta') expect(el.attribs['http-equiv'] ?? '', `${where}: meta http-equiv`).not.toMatch(/refresh/i);
    for (const [k, v] of Object.entries(el.attribs)) {
      expect(EVENT_ATTR.test(k), `${where}: <${name} ${k}>`).toBe(false);
      expect(/^\s*(javascript|vbscript|data):/i.test(v.replace(/\s+/g, '')) && URL_ATTRS.includes(k), `${where}: ${k}=${v}`).toBe(false);
    }
  }
}

async function hostileReport(file: string, content: string): Promise<{ html: string; $: Doc }> {
  // A template's subject can also come from the command line (--subject).
  const f = await explainBytes(file, content, file.endsWith('.html') ? { subject: "<script>alert('subject')</script> Your order" } : {});
  expect(f.result.error).toBeUndefined();
  const html = formatHtmlReport([f]);
  return { html, $: parseReport(html) };
}

describe('html report: a hostile message cannot run script or load anything', () => {
  for (const [file, content] of [['hostile.eml', HOSTILE_EML], ['hostile.html', HOSTILE_BODY]] as const) {
    it(`${file}: nothing executable outside the iframe`, async () => {
      const { html, $ } = await hostileReport(file, content);
      // No script element and no handler anywhere in the report's own markup…
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<\/iframe>\s*<script/i);
      assertInert($, 'report', true);
      const report = $('*').toArray();
      for (const el of report) {
        if (el.type !== 'tag') continue;
        for (const k of Object.keys(el.attribs)) expect(EVENT_ATTR.test(k), `report attribute ${k}`).toBe(false);
      }
      // …exactly one iframe (the raw "</iframe><script>" in the text did not break out), sandboxed with no permissions.
      expect($('iframe').length).toBe(1);
      expect($('iframe').attr('sandbox')).toBe('');
      // The message's texts are shown escaped.
      expect($('#file-1-subject [data-line="subject"]').text()).toBe("<script>alert('subject')</script> Your order");
      expect(html).toContain('&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;');
      if (file === 'hostile.eml') expect($('#file-1-from [data-line="from"]').text()).toContain("<img src=x onerror=alert('from')>");
      // Only the report's own anchors are links.
      for (const a of $('a[href]').toArray()) expect($(a).attr('href')).toMatch(/^#/);
    });

    it(`${file}: the srcdoc has no script, handler, form, frame or loading URL`, async () => {
      const { $ } = await hostileReport(file, content);
      const [frame] = frames($);
      // Parsed both ways a browser might (scripting on and off).
      for (const d of [frame!.doc, parseReport(frame!.source)]) {
        assertInert(d, 'srcdoc');
        for (const el of allElements(d)) {
          for (const k of URL_ATTRS) if (k !== 'data') expect(el.attribs[k], `srcdoc <${el.name} ${k}>`).toBeUndefined();
          const style = el.attribs['style'] ?? '';
          expect(style).not.toMatch(/url\s*\(|expression\s*\(/i);
        }
        for (const s of d('style').toArray()) {
          const css = d(s).text();
          expect(css).not.toMatch(/url\s*\(|@import|<\/style/i);
        }
      }
      expect(frame!.source).not.toMatch(/<script/i);
      // No tag with a handler (the hostile CSS text keeps its words, but as inert text with no '<').
      expect(frame!.source).not.toMatch(/<[^>]*\son[a-z]+\s*=/i);
      expect(frame!.source).not.toMatch(/javascript:/i);
      expect(frame!.source).not.toMatch(/https?:\/\/evil\.example\/(pixel|frame|x\.|steal|b\b|a\.png|bg|i\.css|t\.png|p\.png|v\.mp4|s\.png)/);
      // The neutralised links keep where they went only as a tooltip.
      expect(frame!.doc('[data-gl-href]').length).toBe(0);
      // The frame has its own CSP that forbids every fetch.
      expect(frame!.doc('meta[http-equiv="Content-Security-Policy"]').attr('content')).toContain("default-src 'none'");
    });

    it(`${file}: message content cannot forge the report's outlines`, async () => {
      const { $ } = await hostileReport(file, content);
      const d = frames($)[0]!.doc;
      expect(d('[data-gl-mark="99"]').length).toBe(0);
      expect(d('[data-gl-nonce]').length).toBe(0);
      // Every mark in the frame is one the report lists.
      for (const el of d('[data-gl-mark]').toArray()) expect($(`#file-1-mark-${d(el).attr('data-gl-mark')}`).length).toBe(1);
    });
  }

  it('sanitises CSS so it can load nothing and cannot close its <style>', () => {
    expect(sanitizeCss("a{background:url('https://x/y.png')}")).not.toContain('url(');
    expect(sanitizeCss('a{background:\\75 rl(https://x/y.png)}')).not.toMatch(/url\s*\(/);
    expect(sanitizeCss('@import "https://x/i.css"; p{}')).not.toContain('@import');
    expect(sanitizeCss('a{background-image:image-set("https://x/y.png" 1x)}')).not.toContain('image-set(');
    expect(sanitizeCss('</*x*/style><img src=x onerror=alert(1)>')).not.toContain('<');
    expect(sanitizeCss('p { color: red; font-size: 14px }')).toBe('p { color: red; font-size: 14px }');
  });
});
