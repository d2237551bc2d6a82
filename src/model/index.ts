import type { ContentModel, Identity, ParsedInput, Span } from '../types.js';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import { DEFAULT_LIMITS, LimitLog, type Limits } from '../limits.js';
import { extractBlocks } from './blocks.js';
import { extractTextBlocks } from './text-blocks.js';
import { findFooterStart } from './footer.js';
import { visibleText } from './visible-text.js';

/** Model stage: parsed input → content model (ordered blocks, links, images, identity, footer). */
export function buildModel(parsed: ParsedInput, lexicon: Lexicon = defaultLexicon(), limits: Limits = { ...DEFAULT_LIMITS }): ContentModel {
  let blocks: ContentModel['blocks'] = [];
  let links: ContentModel['links'] = [];
  let images: ContentModel['images'] = [];
  let preheader: ContentModel['preheader'] = null;
  let hinted = new Set<number>();
  let directives: ContentModel['directives'] = [];
  let hidden: ContentModel['hidden'] = [];
  const limitsReached: ContentModel['limitsReached'] = [...(parsed.limitsReached ?? [])];
  if (parsed.html !== null) {
    const x = extractBlocks(parsed.html, parsed.part, limits);
    ({ blocks, links, images, preheader, directives, hidden } = x);
    hinted = x.footerHinted;
    limitsReached.push(...x.limitsReached);
  } else if (parsed.text !== null) {
    const log = new LimitLog(limits);
    ({ blocks, links, hidden } = extractTextBlocks(parsed.text, parsed.part, limits, log, parsed.placeholders));
    limitsReached.push(...log.reached);
  }
  if (parsed.html !== null && parsed.placeholders.length) attachLinkPlaceholders(links, parsed.html, parsed.placeholders);
  const last = blocks[blocks.length - 1];
  const textLength = last ? last.charOffset + last.text.length : 0;
  const footerStart = findFooterStart(blocks, textLength, hinted, lexicon);
  for (const b of blocks) b.inFooter = b.index >= footerStart;

  return {
    file: parsed.file,
    kind: parsed.kind,
    templateLanguage: parsed.templateLanguage,
    subject: cleanSpan(parsed.subject),
    preheader: cleanSpan(preheader),
    from: cleanIdentity(parsed.from),
    replyTo: cleanIdentity(parsed.replyTo),
    headers: parsed.headers,
    blocks,
    links,
    images,
    footerStart,
    textLength,
    placeholders: parsed.placeholders,
    ...(parsed.keys?.length ? { keys: parsed.keys } : {}),
    directives,
    declaredLanguage: parsed.declaredLanguage,
    notes: parsed.notes,
    hidden,
    limitsReached,
    ...(parsed.unread ? { unread: parsed.unread } : {}),
  };
}

/** Subject, preheader and display names as the reader sees them (invisible characters removed). */
function cleanSpan(span: Span | null): Span | null {
  if (!span) return null;
  const text = visibleText(span.text).text;
  return text === span.text ? span : { ...span, text };
}

function cleanIdentity(id: Identity | null): Identity | null {
  if (!id) return null;
  const name = visibleText(id.name).text;
  return name === id.name ? id : { ...id, name };
}

/**
 * Names the placeholders inside each link's start tag (href="{{ upgrade_url }}"): masking leaves
 * the href blank or partial, and the placeholder's name is then the only word on where the link
 * goes. Placeholders are sorted by offset, so each link costs one binary search.
 */
function attachLinkPlaceholders(links: ContentModel['links'], html: string, placeholders: ParsedInput['placeholders']): void {
  const sorted = [...placeholders].sort((a, b) => a.offset - b.offset);
  for (const link of links) {
    if (link.offset === undefined) continue;
    const end = html.indexOf('>', link.offset);
    const tagEnd = end < 0 ? Math.min(html.length, link.offset + 2000) : end;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.offset < link.offset) lo = mid + 1;
      else hi = mid;
    }
    const names: string[] = [];
    for (let i = lo; i < sorted.length && sorted[i]!.offset < tagEnd && names.length < 8; i++) names.push(sorted[i]!.name);
    if (names.length) link.placeholders = names;
  }
}
