/** How a finding's message and fix quote its evidence: in curly quotes, cut at 80 characters. */
export function quoteEvidence(text: string): string {
  const t = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `“${t}”`;
}

/** Up to this many characters of an excerpt are kept when it is referred to again. */
const ABRIDGED_CHARS = 20;

/**
 * A short reference to an excerpt already quoted in full nearby (its first words, then "…"), for
 * text that would otherwise repeat the whole quote: “Invite a friend to …”. Whitespace is
 * collapsed; an excerpt only a little longer than the cut is kept whole.
 */
export function abridgedQuote(text: string): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  if (chars.length <= ABRIDGED_CHARS + 4) return `“${chars.join('')}”`;
  const head = chars.slice(0, ABRIDGED_CHARS + 1).join('');
  // Cut after a whole word where there is one (Japanese or Chinese text has no spaces to cut at).
  const space = head.lastIndexOf(' ');
  const cut = space >= 8 ? head.slice(0, space) : chars.slice(0, ABRIDGED_CHARS).join('');
  return `“${cut.replace(/[\s,;:.·–—-]+$/u, '')} …”`;
}
