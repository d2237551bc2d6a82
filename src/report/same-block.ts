import type { Finding } from '../types.js';

/**
 * Groups a file's findings (already in report order) by the block they are about: the same
 * evidence at the same place, with the same severity. One promotion is often a finding under
 * every law (CAN-SPAM, CASL, ePrivacy, Gmail), each quoting the same excerpt; the terminal report
 * says the block once and each law's conclusion under it. Severity is part of the key so that no
 * line of a lower severity is printed before one of a higher severity. A group sits where its
 * first finding was; findings with no evidence are never grouped. Each group keeps report order.
 */
export function sameBlockGroups(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  const out: Finding[][] = [];
  for (const f of findings) {
    const key = f.evidence ? blockKey(f) : undefined;
    const group = key === undefined ? undefined : groups.get(key);
    if (group) {
      group.push(f);
      continue;
    }
    const fresh = [f];
    out.push(fresh);
    if (key !== undefined) groups.set(key, fresh);
  }
  return out;
}

function blockKey(f: Finding): string {
  const { scope, line, column, part } = f.location;
  return JSON.stringify([f.severity, scope, line ?? null, column ?? null, part ?? null, f.evidence]);
}
