/**
 * HTML character references in a text body: a language file or a translation string written for
 * an HTML page keeps its accents as entities ("mot de passe oubli&eacute;", "gi&agrave;"), which
 * read as text would split every such word. Each reference becomes its character followed by soft
 * hyphens to its length: offsets and lines stay the author's, and the soft hyphens are removed
 * with the other invisible characters before matching (src/model/visible-text.ts), so
 * "cr&eacute;ation" reads "création".
 */

/** HTML's Latin-1 entity names, in code-point order from U+00A0. */
const LATIN1 = ('nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot '
  + 'cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute '
  + 'Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde '
  + 'auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave '
  + 'uacute ucirc uuml yacute thorn yuml').split(' ');

const NAMED = new Map<string, string>([
  ...LATIN1.map((name, i) => [name, String.fromCharCode(0xa0 + i)] as [string, string]),
  ['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"], ['euro', '€'], ['hellip', '…'], ['mdash', '—'], ['ndash', '–'],
  ['lsquo', '‘'], ['rsquo', '’'], ['sbquo', '‚'], ['ldquo', '“'], ['rdquo', '”'], ['bdquo', '„'], ['bull', '•'], ['trade', '™'],
  ['OElig', 'Œ'], ['oelig', 'œ'], ['Scaron', 'Š'], ['scaron', 'š'], ['Yuml', 'Ÿ'],
]);

const REFERENCE = /&(?:([A-Za-z][A-Za-z0-9]{1,7})|#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));/g;
const SOFT_HYPHEN = '\u00ad';

export function decodeTextEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    let ch: string | undefined;
    if (name) ch = NAMED.get(name);
    else {
      const cp = dec ? parseInt(dec, 10) : parseInt(hex!, 16);
      // (Not a control character, a surrogate or past Unicode: those stay as written.)
      if (cp >= 0x20 && cp < 0x110000 && !(cp >= 0xd800 && cp <= 0xdfff) && !(cp >= 0x7f && cp <= 0x9f)) ch = String.fromCodePoint(cp);
    }
    // A newline or a character longer than the reference would move what follows: kept as written.
    if (ch === undefined || ch.length > whole.length || ch === '\n') return whole;
    return ch + SOFT_HYPHEN.repeat(whole.length - ch.length);
  });
}
