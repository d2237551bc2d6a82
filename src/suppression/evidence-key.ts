import { createHash } from '../lazy.js';
import { stripControls } from '../report/text.js';
import type { Evidence, Finding } from '../types.js';

/**
 * A finding's identity apart from where it is: a hash of its normalised evidence text (as SARIF's
 * partialFingerprints and the baseline use it), so an edit above a finding — a line shift —
 * never makes it look new, while different promoted text always does.
 */

/** Evidence as a fingerprint sees it: whitespace collapsed, lower-cased, control characters gone. */
export function normaliseEvidence(s: string): string {
  return stripControls(s).replace(/\s+/g, ' ').trim().toLowerCase();
}

/** 16 hex digits of SHA-256 over the normalised text: stable across runs, machines and versions. */
export function evidenceKey(text: string): string {
  return createHash('sha256').update(normaliseEvidence(text), 'utf8').digest('hex').slice(0, 16);
}

/** Every piece of evidence a finding stands for (each promotion of a promo rule), its quoted one first. */
export function evidenceItemsOf(f: Finding): Evidence[] {
  return f.evidenceItems?.length ? f.evidenceItems : [{ text: f.evidence, location: f.location }];
}
