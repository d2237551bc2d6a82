/**
 * Where each rule's documentation page lives. The pages are docs/rules/<pack>/<name>.md in the
 * repository, one per rule id "pack/name", so every formatter that links a rule (SARIF helpUri,
 * JUnit details, …) points at the same place.
 */
export const DOCS_BASE_URL = 'https://github.com/graylint/graylint/blob/main/docs/rules/';

/**
 * The documentation page of a rule id such as "can-spam/missing-unsubscribe":
 * `${DOCS_BASE_URL}can-spam/missing-unsubscribe.md`. Each path segment is percent-encoded, so an
 * unusual id still gives a valid URL (ids of the shipped packs are unchanged by the encoding).
 */
export function docsUrl(ruleId: string): string {
  const segments = ruleId.split('/').filter((s) => s !== '' && s !== '.' && s !== '..');
  if (segments.length === 0) return DOCS_BASE_URL;
  return `${DOCS_BASE_URL}${segments.map(encodeURIComponent).join('/')}.md`;
}
