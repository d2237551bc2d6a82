// Whether a phrase labels a field of a record ("Order number: 10423"): its own module, as the
// core's reading (a stated record) and the block reading (an order label is never negated) both ask.

/**
 * Whether the phrase at start…end labels a field: it opens its line, sentence or row (at most two
 * words before it: "Your request number", "Hello, your request number"), and a colon follows it,
 * then the end of the line or block (the value was a template placeholder, blanked), a printf slot
 * (%s, %d), or an identifier of digits and capitals ("#10423", "AC-20931"). Not a colon followed by
 * words, nor one that ends a sentence introducing a quote ("ha commentato così la tua segnalazione:").
 */
export function isFieldLabel(text: string, start: number, end: number): boolean {
  if (!FIELD_VALUE.test(text.slice(end, end + FIELD_LOOKAHEAD))) return false;
  const before = text.slice(Math.max(0, start - FIELD_LOOKAHEAD), start);
  const lead = before.slice(before.search(LABEL_LEAD_START) + 1).trim();
  return lead.length <= MAX_LABEL_LEAD_CHARS && (lead ? lead.split(/\s+/).length : 0) <= MAX_LABEL_LEAD_WORDS;
}
const FIELD_LOOKAHEAD = 40;
/**
 * Where the words before a label start: after the last line break, sentence end, bullet or earlier
 * field's colon. Not a comma: "Pour cela, rendez-vous sur votre compte :" is a sentence, not a row.
 */
const LABEL_LEAD_START = /[\n.!?:。：！？•·|](?=[^\n.!?:。：！？•·|]*$)/u;
const MAX_LABEL_LEAD_WORDS = 2;
const MAX_LABEL_LEAD_CHARS = 20;
const FIELD_VALUE = /^[ \t]*[:：][ \t]*(?:$|[\n.]|%[sd](?![\p{L}\p{N}])|#?[\p{Lu}\d][\p{Lu}\d_-]{2,}(?![\p{L}]))/u;
