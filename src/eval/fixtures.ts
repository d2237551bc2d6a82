import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The written fixtures that carry a legal expectation: every file below `dir` (except the bad/ and
 * rules/ folders, which test error handling and rule examples) with a sidecar `<name>.expect.yaml`,
 * where <name> is the file name without its extension, or without both for a template such as
 * `welcome.html.erb` (welcome.expect.yaml). Paths are relative to `dir`, sorted. Shared by the
 * fixture tests and `npm run eval`, so both read the same set.
 */
export function fixturesWithExpectations(dir: string): Array<{ file: string; sidecar: string }> {
  const all: string[] = [];
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) {
        if (prefix || (e.name !== 'bad' && e.name !== 'rules')) walk(join(d, e.name), `${prefix}${e.name}/`);
      } else all.push(`${prefix}${e.name}`);
    }
  };
  walk(dir, '');
  const present = new Set(all);
  const cases: Array<{ file: string; sidecar: string }> = [];
  for (const file of all) {
    if (/\.expect(\.pending)?\.yaml$/.test(file)) continue;
    const candidates = [`${file.replace(/(\.html)?\.[^./]+$/, '')}.expect.yaml`, `${file.replace(/\.[^./]+$/, '')}.expect.yaml`];
    const sidecar = candidates.find((c) => present.has(c));
    if (sidecar) cases.push({ file, sidecar });
  }
  return cases.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
