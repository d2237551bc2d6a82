import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChecker } from '../../src/check.js';
import { loadPacks, type Pack } from '../../src/packs/load.js';
import type { FileResult, Finding, Report } from '../../src/types.js';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Gray-zone fixtures covering hybrid, marketing and transactional messages, .eml and HTML, findings with and without a line. */
export const FIXTURE_FILES = [
  'fixtures/gray-zone/receipt-with-referral.eml',
  'fixtures/gray-zone/password-reset-banner-above.en.html',
  'fixtures/gray-zone/abandoned-cart.es.eml',
  'fixtures/gray-zone/order-confirmation-plain.fr.eml',
  'fixtures/gray-zone/password-reset-plain.de.html',
];
/** A path that does not exist, so the report has an input error. */
export const MISSING_FILE = 'fixtures/gray-zone/does-not-exist.html';

let packsCache: Pack[] | undefined;
export function packs(): Pack[] {
  packsCache ??= loadPacks();
  return packsCache;
}

/** Runs the real pipeline on the fixtures (absolute paths, as a CLI run from elsewhere would pass). */
export async function pipelineReport(): Promise<Report> {
  const files = [...FIXTURE_FILES, MISSING_FILE].map((f) => join(ROOT, f));
  return createChecker({ packs: packs() }).checkFiles(files);
}

export function finding(over: Partial<Finding> & { ruleId: string }): Finding {
  return {
    severity: 'error',
    message: 'This CEM has no unsubscribe mechanism.',
    citation: 'CASL s.6(2)(c)',
    location: { scope: 'footer', line: 10, column: 3 },
    evidence: 'You received this email because you placed an order.',
    fix: 'Add an unsubscribe link.',
    pack: over.ruleId.split('/')[0]!,
    ...over,
  };
}

export function fileResult(file: string, findings: Finding[], over: Partial<FileResult> = {}): FileResult {
  return {
    file,
    kind: 'html',
    language: 'en',
    subject: 'Your order',
    category: 'hybrid',
    stream: 'marketing',
    verdicts: {
      'can-spam': { class: 'transactional', decidedBy: ['can-spam/316.3(a)(2)-transactional-first'] },
      casl: { class: 'cem', decidedBy: ['casl/s.1(2)-commercial-purpose'] },
      gdpr: { class: 'direct-marketing', decidedBy: ['gdpr/advertising-material'] },
    },
    findings,
    ...over,
  };
}

export function errorResult(file: string, message = 'cannot be read: no such file'): FileResult {
  return { file, findings: [], error: { code: 'unreadable', message } };
}

/** Text an attacker controls (a subject or body quoted as evidence): every character class each format must neutralise. */
export const HOSTILE = 'Save 100%: now,\r\n::error file=evil.html::pwned\n##[error]legacy\u001b[31mRED\u001b[0m \u0007bell\u0000nul <b>&"\'</b> ]]> \ud800lone \u202eevil\u202c \u0085nel';
