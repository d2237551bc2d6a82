/** Text from messages is untrusted: what every formatter does to it before printing. */

// ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), other two-byte escapes.
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])?/g;
// C0 controls other than tab, LF and CR; DEL and the C1 controls; bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Removes terminal control sequences and characters (ANSI escapes, C0/C1 controls, bidi
 * overrides) from untrusted text. Tab, LF and CR are kept: each output format escapes those its
 * own way.
 */
export function stripControls(s: string): string {
  return s.replace(ANSI_SEQUENCE, '').replace(CONTROL, '');
}

/** A document kept in pieces (text and UTF-8 bytes, as a streamed report keeps it), as one string. */
export function joinChunks(chunks: Iterable<string | Buffer>): string {
  return Buffer.concat([...chunks].map((c) => (typeof c === 'string' ? Buffer.from(c) : c))).toString('utf8');
}
