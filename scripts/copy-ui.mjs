// Build step: copy the live page of `graylint serve --ui` (src/server/ui/: HTML, CSS, plain JS,
// no build of their own) to dist/server/ui/, where src/server/ui.ts finds them once compiled.
import { cpSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist/server/ui`, { recursive: true, force: true });
cpSync(`${root}src/server/ui`, `${root}dist/server/ui`, { recursive: true });
