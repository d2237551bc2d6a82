/**
 * An XML string-resource file: Android and Crowdin `<resources>` (`<string name="…">`, plural and
 * array `<item>`s), XLIFF (`<trans-unit>` / `<segment>` with `<source>` and `<target>`) and .NET
 * .resx (`<data name="…"><value>`). The mail's words are the strings; the declaration, comments,
 * element names and attributes, and in XLIFF the source strings a translation replaces, are not,
 * and read as text they would be one block of markup and keys.
 *
 * Each string stays at its own place and starts a paragraph (U+2029 where its element opens);
 * everything else is blanked, newlines kept. Inside a string, CDATA markers, inline elements and
 * escaped markup (&lt;b&gt;) are blanked with the placeholders in them kept, and Android's
 * backslash escapes are read as the breaks and characters they stand for. The string an element
 * names as the subject (`name="emailConfirm_subject"`, `resname="registration.subject"`) gets
 * "Subject:" written over its opening tag. One pass; nothing is evaluated.
 */

import { SUBJECT_LABEL } from './template-mask.js';
import { blankedChars } from './lines.js';
import { SUBJECT_KEY, StringStarts, blankedTag, isCopy, withoutMarkup, writeEscaped } from './locale-strings.js';

/** The root or unit elements of the formats read here. */
const SHAPE = /<resources[\s>]|<xliff[\s>]|<trans-unit[\s>]|<data\s[^>]{0,200}name=[^>]{0,200}>\s*<value>/;
/** An element holding one string: its name and the index where its opening tag ends. */
const STRING_OPEN = /<(string|item|target|source|value)\b([^>]{0,500})>/g;
/** Escaped markup inside a string: &lt;b&gt;, &lt;a href="…"&gt;. */
const ESCAPED_TAG = /&lt;\/?[A-Za-z][^&\n]{0,300}?&gt;/g;

export function looksLikeXmlStrings(source: string): boolean {
  const head = source.slice(0, 8000);
  return SHAPE.test(head) && !/<html[\s>]|<mjml[\s>]/i.test(head);
}

export function xmlStringsText(source: string): string {
  const out = blankedChars(source);
  // XLIFF: a unit's translation replaces its source string; a file with no translations shows its sources.
  const translated = /<target[\s>]/.test(source);
  // The enclosing unit's name or id, for the subject: <trans-unit resname="registration.subject">.
  let unitName = '';
  const starts = new StringStarts();
  const unit = /<(?:trans-unit|unit|data)\b([^>]{0,500})>/g;
  let nextUnit = unit.exec(source);
  STRING_OPEN.lastIndex = 0;
  for (let m = STRING_OPEN.exec(source); m; m = STRING_OPEN.exec(source)) {
    const [openTag, name, attributes] = m;
    while (nextUnit && nextUnit.index < m.index) {
      unitName = nextUnit[1]!;
      nextUnit = unit.exec(source);
    }
    const from = m.index + openTag.length;
    if (openTag.endsWith('/>')) continue;
    const close = source.indexOf(`</${name}>`, from);
    if (close < 0) break;
    STRING_OPEN.lastIndex = close;
    if (name === 'source' && translated) continue;
    const body = source.slice(from, close);
    const subject = SUBJECT_KEY.test(attributes!) || (name !== 'string' && name !== 'item' && SUBJECT_KEY.test(unitName));
    if (!isCopy(body.replace(/<[^<>]{0,300}>|&\w+;/g, ' '), subject)) continue;
    writeEscaped(source, out, from, close);
    blankInlineMarkup(out, source, from, close);
    starts.mark(out, m.index, subject && openTag.length >= SUBJECT_LABEL.length ? { at: m.index } : null);
  }
  return withoutMarkup(out.join(''));
}

/** Inside one string: CDATA markers and escaped tags blanked, the placeholders in those kept. */
function blankInlineMarkup(out: string[], source: string, from: number, to: number): void {
  const body = source.slice(from, to);
  for (const marker of body.matchAll(/<!\[CDATA\[|\]\]>/g)) for (let k = 0; k < marker[0].length; k++) out[from + marker.index! + k] = ' ';
  for (const tag of body.matchAll(ESCAPED_TAG)) {
    const blanked = blankedTag(tag[0]);
    for (let k = 0; k < blanked.length; k++) out[from + tag.index! + k] = blanked[k]!;
  }
}
