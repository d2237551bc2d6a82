import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { createChecker } from '../check.js';
import { costly, pct, predicted, want, type Labelled } from './measures.js';

/**
 * Wording probes (eval/probes/<set>/): short messages written for graylint by readers of each
 * language, two per genre and language, in the words native platforms use, without reading
 * graylint's lexicons. The first of each pair (`-1`) is the development split a lexicon may be
 * extended from; the second (`-2`) is never read to write a rule, so the gap between the two
 * shows how far wording added from examples carries to other wording of the same mail.
 */
interface ProbeLabel extends Labelled {
  genre: string;
  language: string;
}

/** The labelled dimensions a probe is scored on (the stream follows from them). */
const LAWS = ['category', 'can-spam', 'casl', 'gdpr'] as const;

interface SplitStats {
  n: number;
  ok: Record<(typeof LAWS)[number], number>;
  costly: number;
  genres: Map<string, { n: number; ok: number }>;
}

/**
 * The suites the probe sets make, each with its own table: the wording probes (eval/probes/western,
 * other) and the gray-zone probes (eval/probes/grayzone: transactional mail carrying an extra, the
 * development split written by the session that read from it, the test split by readers who saw
 * neither the rules nor the development messages).
 */
const SUITES: ReadonlyArray<{ sets: (set: string) => boolean; heading: string; intro: string }> = [
  {
    sets: (set) => !set.startsWith('grayzone'),
    heading: 'Wording probes (synthetic), development against test split',
    intro: 'Short messages written per genre and language by readers who did not read the lexicons (eval/probes/README.md). Lexicon wording may be added from the development split only; the test split measures how far it carries to other wording of the same kind of mail. Labels follow the probes\' own conventions (README), which differ from the corpus labels on team invitations.',
  },
  {
    sets: (set) => set.startsWith('grayzone'),
    heading: 'Gray-zone probes (synthetic): transactional mail carrying an extra, development against blind test split',
    intro: 'A shipping notice with product tiles, a receipt asking for a referral or a rating, a booking offering extras, a welcome asking for a first order… and plain controls (eval/probes/grayzone/README.md). The development split was written by the session that changed the rules from it; the test split by readers who saw neither the rules nor the development messages, and no rule is written from it.',
  },
];

/** A probe's message: its .eml, or its .html where the probe needs markup (product tiles, a rating scale). */
function probeFile(dir: string, id: string): string {
  const html = join(dir, `${id}.html`);
  return existsSync(html) ? html : join(dir, `${id}.eml`);
}

export async function wordingProbes(root: string, checker: ReturnType<typeof createChecker>, out: (l?: string) => void): Promise<void> {
  const dir = join(root, 'eval', 'probes');
  if (!existsSync(dir)) return;
  const sets = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const suite of SUITES) {
    const members = sets.filter(suite.sets);
    if (members.length > 0) await probeSuite(dir, members, suite.heading, suite.intro, checker, out);
  }
}

async function probeSuite(dir: string, sets: string[], heading: string, intro: string, checker: ReturnType<typeof createChecker>, out: (l?: string) => void): Promise<void> {
  const splits = new Map<string, SplitStats>();
  for (const set of sets) {
    const labels = JSON.parse(readFileSync(join(dir, set, 'labels.json'), 'utf8')) as Record<string, ProbeLabel>;
    for (const [id, label] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
      const split = id.endsWith('-1') ? 'development (-1)' : 'test (-2)';
      const got = predicted(await checker.checkFile(probeFile(join(dir, set), id), { optInLaws: [] }));
      const s = splits.get(split) ?? { n: 0, ok: { category: 0, 'can-spam': 0, casl: 0, gdpr: 0 }, costly: 0, genres: new Map() };
      s.n++;
      for (const law of LAWS) if (got[law] === want(label, law)) s.ok[law]++;
      if (costly(label, got)) s.costly++;
      const g = s.genres.get(label.genre) ?? { n: 0, ok: 0 };
      g.n++;
      if (got.category === label.category && got.casl === label.casl) g.ok++;
      s.genres.set(label.genre, g);
      splits.set(split, s);
    }
  }
  out(`## ${heading}`);
  out();
  out(intro);
  out();
  out('| split | n | category | CAN-SPAM | CASL | EU | commercial called not commercial |');
  out('| --- | --- | --- | --- | --- | --- | --- |');
  for (const [split, s] of [...splits].sort()) out(`| ${split} | ${s.n} | ${LAWS.map((l) => pct(s.ok[l], s.n)).join(' | ')} | ${s.costly} |`);
  out();
  const test = splits.get('test (-2)');
  if (test) {
    out('Test split, category and CASL both right, per genre:');
    out();
    out([...test.genres].sort(([a], [b]) => a.localeCompare(b)).map(([g, v]) => `${g} ${v.ok}/${v.n}`).join(' · '));
    out();
  }
}
