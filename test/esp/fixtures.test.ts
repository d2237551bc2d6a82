import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createChecker } from '../../src/check.js';
import { parseInput } from '../../src/input/index.js';
import { espFindings, parsePayload, readRouting, streamOf, toRawMessage, type Routing } from '../../src/esp/index.js';
import { FIXTURES } from '../helpers.js';

/**
 * Every ESP fixture end to end: an API request body (.json) is parsed, built into a raw message
 * and checked by the unchanged pipeline; a raw message (.eml) is checked as it is and its routing
 * read from its headers. The sidecar `<file>.expect.yaml` states the legal judgement: the
 * message's category, which ESP stream the routing puts it on, and the rule ids that must and
 * must not fire (pipeline and ESP findings together).
 *
 * Sidecars are named after the whole file name (receipt.json.expect.yaml), not `<base>.expect.yaml`:
 * test/fixtures.test.ts pairs every `<base>.expect.yaml` under fixtures/ with its file and checks
 * it against the pipeline's own sidecar format, which these are not.
 */
interface EspExpectation {
  esp: string;
  stream: 'transactional' | 'marketing' | 'unknown';
  category: string;
  findings: string[];
  absent: string[];
}

const DIR = join(FIXTURES, 'esp');
const files = readdirSync(DIR).sort();
const inputs = files.filter((f) => !f.endsWith('.yaml'));
const checker = createChecker();

describe('ESP fixtures', () => {
  it('has a sidecar for every fixture, and none the generic fixture harness would pick up', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(12);
    for (const f of inputs) {
      expect(files, f).toContain(`${f}.expect.yaml`);
      expect(files, f).not.toContain(`${f.replace(/\.[^.]+$/, '')}.expect.yaml`);
    }
    expect(files.filter((f) => f.endsWith('.yaml')).length).toBe(inputs.length);
  });

  for (const file of inputs) {
    it(file, async () => {
      const want = parse(readFileSync(join(DIR, `${file}.expect.yaml`), 'utf8')) as EspExpectation;
      const bytes = readFileSync(join(DIR, file));
      let raw: Buffer;
      let routing: Routing | null;
      if (file.endsWith('.json')) {
        const m = parsePayload(want.esp, JSON.parse(bytes.toString('utf8')));
        raw = toRawMessage(m);
        routing = m.routing;
        // A built message carries the same routing in its headers (an SES raw send is its own bytes:
        // the request's ConfigurationSetName, ListManagementOptions and EmailTags are not in it).
        if (!m.raw) {
          const again = readRouting((await parseInput(file, raw, { kind: 'eml' })).headers);
          expect(again && { ...again, evidence: '' }).toEqual({ ...routing, evidence: '' });
        }
      } else {
        raw = bytes;
        routing = readRouting((await parseInput(file, raw, { kind: 'eml' })).headers);
      }
      expect(routing?.esp).toBe(want.esp);

      const result = await checker.checkBuffer(file, raw, { kind: 'eml' });
      expect(result.error).toBeUndefined();
      expect({ category: result.category, stream: streamOf(routing!).stream }).toEqual({ category: want.category, stream: want.stream });

      const esp = espFindings(result, routing!);
      const fired = [...result.findings, ...esp].map((f) => f.ruleId);
      for (const id of want.findings ?? []) expect(fired, `${id} should fire`).toContain(id);
      for (const id of want.absent ?? []) expect(fired, `${id} should not fire`).not.toContain(id);
      for (const f of esp) {
        expect(f.pack).toBe('stream');
        expect(f.location.scope).toBe('header');
        expect(f.evidence).toBe(routing!.evidence);
        expect(f.message).not.toMatch(/\n/);
      }
    });
  }
});
