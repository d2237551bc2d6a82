/**
 * Locale and settings files (YAML, gettext .po, Java .properties, INI, TOML) carry notes for
 * translators and developers on lines of their own: "# Use https://weblate… for translation",
 * "#: src/mail/welcome.php:12", "; generated file". They are never part of the mail, so those
 * lines are blanked (newlines kept: every offset still maps to the author's line).
 */
const COMMENT_MARKS: Record<string, string> = {
  yml: '#', yaml: '#', po: '#', pot: '#', toml: '#', properties: '#!', ini: ';#', cfg: ';#',
};

/** The file's comment lines blanked, or the source itself when its kind has none. */
export function blankCommentLines(source: string, ext: string): string {
  const marks = COMMENT_MARKS[ext];
  if (!marks) return source;
  return source.replace(/^[ \t]*([#;!])[^\n]*/gm, (line, mark: string) => (marks.includes(mark) ? ' '.repeat(line.length) : line));
}
