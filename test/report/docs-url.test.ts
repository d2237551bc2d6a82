import { describe, expect, it } from 'vitest';
import { DOCS_BASE_URL, docsUrl } from '../../src/report/docs-url.js';
import { packs } from './helpers.js';

describe('docsUrl', () => {
  it('maps "pack/name" to docs/rules/<pack>/<name>.md', () => {
    expect(DOCS_BASE_URL).toBe('https://github.com/graylint/graylint/blob/main/docs/rules/');
    expect(docsUrl('can-spam/missing-unsubscribe')).toBe('https://github.com/graylint/graylint/blob/main/docs/rules/can-spam/missing-unsubscribe.md');
    expect(docsUrl('casl/promo-in-transactional')).toBe(`${DOCS_BASE_URL}casl/promo-in-transactional.md`);
  });

  it('gives every shipped rule a plain URL under the base, its id unchanged', () => {
    for (const p of packs()) for (const r of p.rules) expect(docsUrl(r.id)).toBe(`${DOCS_BASE_URL}${r.id}.md`);
  });

  it('cannot be steered out of the docs folder by an odd id', () => {
    expect(docsUrl('../../x/y z')).toBe(`${DOCS_BASE_URL}x/y%20z.md`);
    expect(new URL(docsUrl('a/b?c#d')).pathname).toBe('/graylint/graylint/blob/main/docs/rules/a/b%3Fc%23d.md');
  });
});
