/** Text content for HTML: no '<' or '&' survives, so no text can become markup. */
export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
