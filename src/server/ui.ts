// The live page of `serve --ui` (issue 19): its files (src/server/ui/, copied to dist/server/ui/
// by the build), the headers they are served with, and the facts the page needs from the service
// (its token, the laws and jurisdictions it checks against). Loaded only by `serve --ui`.
import { readFileSync } from 'node:fs';
import type { LawInfo } from '../packs/registry.js';
import { esc } from '../report/html/index.js';

/**
 * The page's policy: its own script and style files only, nothing from elsewhere, calls only to
 * this service, never framed. Inline styles are allowed because the message preview (a srcdoc
 * frame, which inherits this policy) is made of them; scripts never run in it (sandbox="").
 */
export const UI_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "connect-src 'self'",
  "frame-src 'self' about:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on everything the page is made of. */
export const UI_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': UI_CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** The page's files, by the path they are served at. */
const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/ui/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/ui/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

export const UI_PATHS: readonly string[] = Object.keys(ASSETS);

/** What the page shows about one law: its name, classes and their meaning (from the pack). */
export interface UiLaw {
  id: string;
  label: string;
  jurisdiction: string;
  classes: readonly string[];
  marketing: string[];
  glossary: Readonly<Record<string, string>>;
  optIn: boolean;
}

export interface UiFacts {
  /** The per-start token the page sends as X-Graylint-Token. */
  token: string;
  laws: readonly LawInfo[];
  /** The jurisdictions a request is checked against when it names none (the config's). */
  jurisdictions: readonly string[];
}

export interface UiFiles {
  /** The file served at `path` (one of UI_PATHS), with its Content-Type; null for any other path. */
  get(path: string): { body: Buffer; type: string } | null;
}

/**
 * Reads the page's files once, at start-up (a missing file stops the service from starting), and
 * writes the token and the laws into the page. The files sit next to this module: src/server/ui/
 * from source, dist/server/ui/ once built (the bundle is one folder below dist/, as this module is).
 */
export function loadUi(facts: UiFacts, dir: URL = new URL('../server/ui/', import.meta.url)): UiFiles {
  const bodies = new Map<string, { body: Buffer; type: string }>();
  for (const [path, { file, type }] of Object.entries(ASSETS)) {
    let text = readFileSync(new URL(file, dir), 'utf8');
    if (path === '/') text = fillPage(text, facts);
    bodies.set(path, { body: Buffer.from(text), type });
  }
  return { get: (path) => bodies.get(path) ?? null };
}

function fillPage(html: string, facts: UiFacts): string {
  const laws: UiLaw[] = facts.laws.map((l) => ({
    id: l.id, label: l.label, jurisdiction: l.jurisdiction, classes: l.classes, marketing: [...l.marketing], glossary: l.glossary, optIn: l.optIn,
  }));
  const fill: Record<string, string> = {
    TOKEN: facts.token,
    LAWS: JSON.stringify(laws),
    JURISDICTIONS: facts.jurisdictions.join(','),
  };
  return html.replace(/\{\{(TOKEN|LAWS|JURISDICTIONS)\}\}/g, (_, k: string) => esc(fill[k]!));
}
