/** How a finding's message and fix quote its evidence: in curly quotes, cut at 80 characters. */
export function quoteEvidence(text: string): string {
  const t = text.length > 80 ? `${text.slice(0, 77)}…` : text;
  return `“${t}”`;
}
