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

export async function wordingProbes(root: string, checker: ReturnType<typeof createChecker>, out: (l?: string) => void): Promise<void> {
  const dir = join(root, 'eval', 'probes');
  if (!existsSync(dir)) return;
  const splits = new Map<string, SplitStats>();
  for (const set of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const labels = JSON.parse(readFileSync(join(dir, set, 'labels.json'), 'utf8')) as Record<string, ProbeLabel>;
    for (const [id, label] of Object.entries(labels).sort(([a], [b]) => a.localeCompare(b))) {
      const split = id.endsWith('-1') ? 'development (-1)' : 'test (-2)';
      const got = predicted(await checker.checkFile(join(dir, set, `${id}.eml`), { optInLaws: [] }));
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
  out('## Wording probes (synthetic), development against test split');
  out();
  out('Short messages written per genre and language by readers who did not read the lexicons (eval/probes/README.md). Lexicon wording may be added from the development split only; the test split measures how far it carries to other wording of the same kind of mail. Labels follow the probes\' own conventions (README), which differ from the corpus labels on team invitations.');
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
