// Text from messages, escaped for the report's own markup (outside the sandboxed frames).

/** Escapes text for HTML content and attribute values, and drops bidi overrides and control characters. */
export function esc(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A class name (transactional, cem, …) as a coloured badge. */
export function badge(cls: string): string {
  return `<span class="badge ${esc(cls.replace(/[^a-z-]/g, ''))}">${esc(cls)}</span>`;
}
