// Advance widths of the printable ASCII characters (space to ~), in thousandths of an em, of the
// faces browsers use for an email's usual font stacks: Arial (also what Helvetica and sans-serif
// resolve to, and Liberation Sans on Linux), Times New Roman (the default serif), each regular and
// bold, and a monospace; and the kerning pairs between them that browsers apply. These are the
// faces' published metrics (read once in Chromium with canvas measureText at 1000px). Other
// characters get a typical width for their script.

export type Face = 'sans' | 'serif' | 'mono';

const ASCII_WIDTHS: Record<`${Exclude<Face, 'mono'>}${'' | 'Bold'}`, readonly number[]> = {
  sans: nums('278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,556,556,333,500,278,556,500,722,500,500,500,334,260,334,584'),
  sansBold: nums('278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,611,611,389,556,333,611,556,778,556,556,500,389,280,389,584'),
  serif: nums('250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541'),
  serifBold: nums('250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520'),
};

/** Kerning between two printable ASCII characters, in thousandths of an em ("AV-74": A then V, 74 closer). */
const KERNING: Record<keyof typeof ASCII_WIDTHS, ReadonlyMap<string, number>> = {
  sans: kerning(
    ' A-55| T-18| Y-18|A -55|AT-74|AV-74|AW-37|AY-74|Av-18|Aw-18|Ay-18|F,-111|F.-111|FA-55|L -37|LT-74|LV-74|LW-74|LY-74|Ly-37|P -18|P,-129|P.-129|PA-74|' +
    'RT-18|RV-18|RW-18|RY-18|T -18|T,-111|T--55|T.-111|T:-111|T;-111|TA-74|TO-18|Ta-111|Tc-111|Te-111|Ti-37|To-111|Tr-37|Ts-111|Tu-37|Tw-55|Ty-55|V,-92|' +
    'V--55|V.-92|V:-37|V;-37|VA-74|Va-74|Ve-55|Vi-18|Vo-55|Vr-37|Vu-37|Vy-37|W,-55|W--18|W.-55|W:-18|W;-18|WA-37|Wa-37|We-18|Wo-18|Wr-18|Wu-18|Wy-9|Y -18|' +
    'Y,-129|Y--92|Y.-129|Y:-55|Y;-65|YA-74|Ya-74|Ye-92|Yi-37|Yo-92|Yp-74|Yq-92|Yu-55|Yv-55|ff-18|r,-55|r.-55|v,-74|v.-74|w,-55|w.-55|y,-74|y.-74',
  ),
  sansBold: kerning(
    ' A-37| Y-18|A -37|AT-74|AV-74|AW-55|AY-92|Av-37|Aw-18|Ay-37|F,-111|F.-111|FA-55|L -18|LT-74|LV-74|LW-55|LY-92|Ly-37|P -18|P,-129|P.-129|PA-74|RV-18|' +
    'RW-18|RY-37|T,-111|T--55|T.-111|T:-111|T;-111|TA-74|TO-18|Ta-74|Tc-74|Te-74|Ti-18|To-74|Tr-55|Ts-74|Tu-74|Tw-74|Ty-74|V,-92|V--55|V.-92|V:-55|V;-55|' +
    'VA-74|Va-55|Ve-55|Vi-18|Vo-74|Vr-55|Vu-37|Vy-37|W,-55|W--20|W.-55|W:-18|W;-18|WA-55|Wa-37|We-18|Wi-9|Wo-18|Wr-18|Wu-18|Wy-18|Y -18|Y,-111|Y--55|' +
    'Y.-111|Y:-74|Y;-74|YA-92|Ya-55|Ye-55|Yi-37|Yo-74|Yp-55|Yq-74|Yu-55|Yv-55|r,-55|r.-55|v,-74|v.-74|w,-37|w.-37|y,-74|y.-74',
  ),
  serif: kerning(
    ' A-55| T-18| V-18| W-18| Y-37|11-37|A -55|AT-111|AV-129|AW-80|AY-92|Av-74|Aw-92|Ay-92|F,-80|F.-80|FA-74|L -37|LT-92|LV-92|LW-74|LY-100|Ly-55|P -37|' +
    'P,-111|P.-111|PA-92|RT-60|RV-80|RW-55|RY-55|Ry-40|T -18|T,-74|T--92|T.-74|T:-50|T;-55|TA-80|TO-18|Ta-70|Tc-70|Te-70|Ti-35|To-70|Tr-35|Ts-70|Tu-35|' +
    'Tw-70|Ty-70|V -18|V,-129|V--92|V.-129|V:-74|V;-74|VA-129|Va-111|Ve-111|Vi-60|Vo-129|Vr-60|Vu-60|Vy-111|W -18|W,-92|W--55|W.-92|W:-37|W;-37|WA-111|' +
    'Wa-80|We-80|Wi-40|Wo-80|Wr-40|Wu-40|Wy-60|Y -37|Y,-129|Y--111|Y.-129|Y:-92|Y;-92|YA-111|Ya-100|Ye-100|Yi-55|Yo-100|Yp-92|Yq-111|Yu-111|Yv-100|ff-18|' +
    'r,-40|r--20|r.-55|rg-18|v,-65|v.-65|w,-65|w.-65|y,-65|y.-65',
  ),
  serifBold: kerning(
    ' A-55| T-18| V-18| W-18| Y-37|11-55|A -55|AT-74|AV-129|AW-111|AY-92|Av-74|Aw-74|Ay-74|F -37|F,-92|F.-92|FA-74|L -55|LT-92|LV-92|LW-92|LY-92|Ly-55|' +
    'P -55|P,-92|P.-92|PA-74|RT-35|RV-35|RW-35|RY-35|Ry-35|T -18|T,-74|T--92|T.-74|T:-74|T;-74|TA-74|TO-18|Ta-92|Tc-92|Te-92|Ti-18|To-92|Tr-74|Ts-92|Tu-92|' +
    'Tw-74|Ty-74|V -18|V,-129|V--74|V.-129|V:-92|V;-92|VA-129|VO-20|Va-92|Ve-92|Vi-37|Vo-92|Vr-74|Vu-92|Vy-92|W -18|W,-92|W--37|W.-92|W:-55|W;-55|WA-111|' +
    'Wa-55|We-55|Wi-18|Wo-55|Wr-18|Wu-18|Wy-37|Y -37|Y,-92|Y--92|Y.-92|Y:-92|Y;-92|YA-92|Ya-111|Ye-111|Yi-37|Yo-111|Yp-92|Yq-111|Yu-92|Yv-111|r -18|r,-92|' +
    'r--37|r.-92|rc-18|re-18|ro-18|rq-18|v,-55|v.-55|w,-55|w.-55|y,-55|y.-55',
  ),
};

const MONO_WIDTH = 602;

function kerning(list: string): Map<string, number> {
  return new Map(list.split('|').map((e) => [e.slice(0, 2), Number(e.slice(2))]));
}

function nums(list: string): number[] {
  return list.split(',').map(Number);
}

/** Average widths of Cyrillic and Greek capitals and small letters, per face (measured as above). */
const SCRIPT_WIDTHS: Record<keyof typeof ASCII_WIDTHS, { cyrillic: [number, number]; greek: [number, number] }> = {
  sans: { cyrillic: [726, 578], greek: [665, 539] },
  sansBold: { cyrillic: [752, 632], greek: [677, 584] },
  serif: { cyrillic: [720, 532], greek: [661, 485] },
  serifBold: { cyrillic: [776, 573], greek: [699, 514] },
};

/**
 * Width of a character outside printable ASCII, in thousandths of an em: an accented Latin
 * letter is as wide as its base letter; Cyrillic and Greek letters take their script's average.
 */
function otherWidth(ch: string, code: number, face: Face, key: keyof typeof ASCII_WIDTHS): number {
  if (isWide(code)) return 1000;
  if (face === 'mono') return MONO_WIDTH;
  if (code === 0xa0) return ASCII_WIDTHS[key][0]!;
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base >= 32 && base < 127) return ASCII_WIDTHS[key][base - 32]!;
  const scripts = SCRIPT_WIDTHS[key];
  if (code >= 0x400 && code <= 0x45f) return code < 0x430 ? scripts.cyrillic[0] : scripts.cyrillic[1];
  if (code >= 0x386 && code <= 0x3ce) return code < 0x3b1 ? scripts.greek[0] : scripts.greek[1];
  return face === 'sans' ? 556 : 500;
}

/** CJK ideographs, kana, hangul and full-width forms: one em each. */
function isWide(code: number): boolean {
  return (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
}

/** Width in px of `text` set in `face` at `size` px. */
export function textWidth(text: string, face: Face, size: number, bold: boolean): number {
  let milli = 0;
  const key = face === 'sans' ? (bold ? 'sansBold' : 'sans') : bold ? 'serifBold' : 'serif';
  if (face === 'mono') {
    for (const ch of text) milli += otherWidth(ch, ch.codePointAt(0)!, 'mono', key);
    return (milli * size) / 1000;
  }
  const table = ASCII_WIDTHS[key];
  const kerns = KERNING[key];
  let previous = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    milli += (code >= 32 && code < 127 ? table[code - 32]! : otherWidth(ch, code, face, key)) + (kerns.get(previous + ch) ?? 0);
    previous = ch;
  }
  return (milli * size) / 1000;
}

/** The face a font-family list resolves to (the browser's default is serif). */
export function faceOf(fontFamily: string | undefined, inherited: Face): Face {
  if (!fontFamily) return inherited;
  const f = fontFamily.toLowerCase();
  if (/mono|courier|consolas|menlo/.test(f)) return 'mono';
  // The first family that says which it is decides.
  for (const family of f.split(',')) {
    if (/sans|arial|helvetica|verdana|tahoma|trebuchet|segoe|roboto|open|lato|system-ui|-apple-system|inter\b/.test(family)) return 'sans';
    if (/serif|times|georgia|garamond|palatino|cambria|baskerville/.test(family)) return 'serif';
  }
  return inherited;
}
