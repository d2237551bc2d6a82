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
    ({ blocks, links, hidden } = extractTextBlocks(parsed.text, parsed.part, limits, log));
    limitsReached.push(...log.reached);
  }
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
    directives,
    declaredLanguage: parsed.declaredLanguage,
    notes: parsed.notes,
    hidden,
    limitsReached,
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
