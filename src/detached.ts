/**
 * A copy of `s` that does not keep alive the string it was cut from.
 *
 * V8 represents a slice of 13 or more characters (what `slice`, `trim`, a regex match or an HTML
 * parser's text return) as a view into its parent, so a slice kept in a long-lived cache keeps the
 * whole parent with it: a 40-character style attribute held a 200 KB message in memory until the
 * cache was cleared (after 318 distinct corpus files, ~4 MB of whole documents). Concatenating makes a new
 * string that V8 flattens into fresh memory before slicing it, so the result holds only its own
 * characters (and one more). Use it for keys and values that outlive the message they came from.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
