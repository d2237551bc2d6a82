/**
 * A JSON translation file (NodeBB, Ghost, Lemmy, Fider, Rocket.Chat, Vikunja, i18next…): the mail's
 * words are its string values; its keys ("password-reset-requested", "welcome.cta") are not copy,
 * and read as text they would add English words to every language's mail.
 *
 * Every value that reads as copy stays at its own place, its escapes written as the breaks they
 * stand for (src/input/locale-strings.ts); everything else is blanked, newlines kept. Each value
 * starts a paragraph of its own, and the value a `subject` key names gets "Subject:" written
 * before it. One linear pass over the string tokens, no parser; nothing is evaluated.
 */

import { SUBJECT_LABEL } from './template-mask.js';
import { blankedChars, closingQuote } from './lines.js';
import { SUBJECT_KEY, StringStarts, isCopy, withoutMarkup, writeEscaped } from './locale-strings.js';

/** Blanks on a line, not its end: what may stand before a key that opens its line. */
const INDENTATION = /[^\S\n]/;

/**
 * Whether a .json file is an object or array of strings rather than something else named .json:
 * a whole document, or a fragment of one's members ("key" : "value", lines cut from a larger
 * translation file, or an object's body pasted without its braces).
 */
export function looksLikeJsonStrings(source: string): boolean {
  const head = source.slice(0, 200);
  return /^\s*[{[]\s*(?:"|\]|\}|$)/.test(head) || JSON_RECORDS.test(head) || JSON_MEMBERS.test(head);
}

/** An array of objects with string members, as go-i18n writes a catalogue (Mattermost): [{"id": "…", "translation": "…"}, …]. */
const JSON_RECORDS = /^\s*\[\s*\{\s*"/;
/**
 * The member naming a go-i18n record ({"id": "api.templates.welcome_subject", "translation": "…"}):
 * its value is the key the translation is read under (a subject's id names the subject).
 */
const RECORD_ID = /^(?:id|key|msgid)$/;
/** The members holding a go-i18n record's copy: its translation, or a plural form of it. */
const RECORD_TEXT = /^(?:translation|zero|one|two|few|many|other)$/;

/** The opening of a run of members without the object around them: a quoted key, a colon, then a string or an object. */
const JSON_MEMBERS = /^\s*"(?:[^"\\\n]|\\.){1,120}"\s*:\s*["{]/;

export function jsonStringsText(source: string): string {
  const out = blankedChars(source);
  const starts = new StringStarts();
  // The last key read and where it opened, for the value that follows it.
  let key = '';
  let keyAt = -1;
  // The id of the go-i18n record being read, if any (RECORD_ID).
  let recordId = '';
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('"', i);
    if (open < 0) break;
    // A record ends at its closing brace: the next one is read under its own id, or under none.
    // (Only the characters between two strings are looked at: one pass over the file.)
    if (recordId) for (let j = i; j < open; j++) if (source[j] === '}') recordId = '';
    const close = closingQuote(source, open + 1, '"');
    const after = /^\s*:/.test(source.slice(close + 1, close + 40));
    if (after) {
      key = source.slice(open + 1, close);
      keyAt = open;
    } else {
      const body = source.slice(open + 1, close);
      if (RECORD_ID.test(key)) recordId = body;
      const subject = SUBJECT_KEY.test(RECORD_TEXT.test(key) && recordId ? recordId : key);
      if (isCopy(body, subject)) {
        writeEscaped(source, out, open + 1, close);
        // The key opens the value's line: only blanks before it, no line break between them.
        // (Read back from the key over its own indentation only, so a minified file stays linear.)
        let k = keyAt - 1;
        while (k >= 0 && INDENTATION.test(source[k]!)) k--;
        const keyOnLine = keyAt >= 0 && (k < 0 || source[k] === '\n') && !source.slice(keyAt, open).includes('\n');
        // (Before a subject label, the break goes in the indentation, where there is one.)
        const fits = subject && keyOnLine && open - keyAt > SUBJECT_LABEL.length;
        starts.mark(out, keyOnLine ? keyAt : open, fits ? { at: keyAt, breakBefore: k < keyAt - 1 } : null);
      }
      key = '';
      keyAt = -1;
    }
    i = close + 1;
  }
  return withoutMarkup(out.join(''));
}
