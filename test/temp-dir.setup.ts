/**
 * Vitest global setup: every temporary file or folder the tests (and the CLIs they start) make goes
 * under one folder for the run, removed when the run ends. Without it each run left some 180
 * graylint-* folders behind in the system's temporary directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'graylint-test-run-'));
  // os.tmpdir() reads these on every call, in the test workers and in the processes they spawn.
  process.env['TMPDIR'] = dir;
  process.env['TMP'] = dir;
  process.env['TEMP'] = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
