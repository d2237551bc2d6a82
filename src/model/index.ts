import type { ContentModel, ParsedInput } from '../types.js';
import { defaultLexicon, type Lexicon } from '../lexicon/index.js';
import { extractBlocks } from './blocks.js';
import { extractTextBlocks } from './text-blocks.js';
import { findFooterStart } from './footer.js';

/** Model stage: parsed input → content model (ordered blocks, links, images, identity, footer). */
export function buildModel(parsed: ParsedInput, lexicon: Lexicon = defaultLexicon()): ContentModel {
  let blocks: ContentModel['blocks'] = [];
  let links: ContentModel['links'] = [];
  let images: ContentModel['images'] = [];
  let preheader: ContentModel['preheader'] = null;
  let hinted = new Set<number>();
  let directives: ContentModel['directives'] = [];
  if (parsed.html !== null) {
    const x = extractBlocks(parsed.html, parsed.part);
    ({ blocks, links, images, preheader, directives } = x);
    hinted = x.footerHinted;
  } else if (parsed.text !== null) {
    ({ blocks, links } = extractTextBlocks(parsed.text, parsed.part));
  }
  const last = blocks[blocks.length - 1];
  const textLength = last ? last.charOffset + last.text.length : 0;
  const footerStart = findFooterStart(blocks, textLength, hinted, lexicon);
  for (const b of blocks) b.inFooter = b.index >= footerStart;

  return {
    file: parsed.file,
    kind: parsed.kind,
    templateLanguage: parsed.templateLanguage,
    subject: parsed.subject,
    preheader,
    from: parsed.from,
    replyTo: parsed.replyTo,
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
  };
}
