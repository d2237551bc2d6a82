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

import { SUBJECT_LABEL, writeSubjectLabel } from './template-mask.js';
import { blankedChars } from './lines.js';
import { PARAGRAPH_BREAK, SUBJECT_KEY, closingQuote, isCopy, withoutMarkup, writeEscaped } from './locale-strings.js';

/** Whether a .json file is an object or array of strings rather than something else named .json. */
export function looksLikeJsonStrings(source: string): boolean {
  return /^\s*[{[]\s*(?:"|\]|\}|$)/.test(source.slice(0, 200));
}

export function jsonStringsText(source: string): string {
  const out = blankedChars(source);
  let subjectWritten = false;
  // The last key read and where it opened, for the value that follows it.
  let key = '';
  let keyAt = -1;
  let i = 0;
  // The start of the line being read, kept up as the scan moves on (a minified file is one line).
  let lineStart = 0;
  let nextLine = source.indexOf('\n');
  while (i < source.length) {
    const open = source.indexOf('"', i);
    if (open < 0) break;
    const close = closingQuote(source, open + 1, '"');
    const after = /^\s*:/.test(source.slice(close + 1, close + 40));
    if (after) {
      key = source.slice(open + 1, close);
      keyAt = open;
    } else {
      const body = source.slice(open + 1, close);
      const subject = SUBJECT_KEY.test(key);
      if (isCopy(body, subject)) {
        writeEscaped(source, out, open + 1, close);
        while (nextLine >= 0 && nextLine < open) {
          lineStart = nextLine + 1;
          nextLine = source.indexOf('\n', lineStart);
        }
        const keyOnLine = keyAt >= lineStart && !source.slice(lineStart, keyAt).trim();
        if (subject && !subjectWritten && keyOnLine && open - keyAt > SUBJECT_LABEL.length) {
          // (The break goes before the label, in the indentation, where there is one.)
          if (keyAt > lineStart) out[keyAt - 1] = PARAGRAPH_BREAK;
          writeSubjectLabel(out, keyAt);
          subjectWritten = true;
        } else {
          out[keyOnLine ? keyAt : open] = PARAGRAPH_BREAK;
        }
      }
      key = '';
      keyAt = -1;
    }
    i = close + 1;
  }
  return withoutMarkup(out.join(''));
}
