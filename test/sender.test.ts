import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createChecker } from '../src/check.js';
import { loadConfig } from '../src/config/index.js';
import { expectConfigError, packs, tempProject } from './config/helpers.js';
import { ROOT } from './helpers.js';

/**
 * The config's `sender: { nonprofit: true }`: what the author knows of the sender and the message
 * does not say. None of these messages names itself a charity, an association or a public body.
 */
const NEWSLETTER = `<html><body>
<h1>Riverside Community Garden: March news</h1>
<p>Spring is here! The new raised beds on the north side are finished, and the tool shed has a new roof thanks to twelve volunteers who gave up their Saturday.</p>
<p>Our monthly work day is on Saturday 14 March from 10:00. Bring gloves; tea and soup are provided.</p>
<p><a href="https://example.org/garden/calendar">See the calendar</a></p>
<p style="font-size:11px">Riverside Community Garden, 12 Mill Lane, Riverside. You receive this because you joined our mailing list. <a href="https://example.org/unsubscribe?u=1">Unsubscribe</a></p>
</body></html>`;
const MEMBERSHIP = `<html><body><p>Hello Sam,</p>
<p>Your membership has been renewed until 31 December 2027. Your member number is 4711.</p>
<p>You can update your details in your account at any time.</p>
<p>Riverside Community Garden, 12 Mill Lane, Riverside</p></body></html>`;
const APPEAL = `<html><body><h1>Help us buy a greenhouse</h1>
<p>Our seedlings need a warm home. Please donate today: every gift of 10 pounds buys one pane of glass.</p>
<p><a href="https://example.org/donate">Donate now</a></p>
<p style="font-size:11px">Riverside Community Garden, 12 Mill Lane, Riverside. <a href="https://example.org/unsubscribe?u=1">Unsubscribe</a></p></body></html>`;

const checker = createChecker({ packs });
const classes = async (html: string, nonprofit?: boolean) => {
  const r = await checker.checkBuffer('m.html', Buffer.from(html), nonprofit === undefined ? {} : { sender: { nonprofit } });
  return { category: r.category, canSpam: r.verdicts!['can-spam'].class, casl: r.verdicts!.casl.class, eu: r.verdicts!.gdpr.class };
};

describe('a sender declared a non-profit', () => {
  it('its newsletter has no commercial purpose under CAN-SPAM and is no CEM; the EU still reads direct marketing', async () => {
    expect(await classes(NEWSLETTER)).toEqual({ category: 'marketing', canSpam: 'commercial', casl: 'cem', eu: 'direct-marketing' });
    expect(await classes(NEWSLETTER, false)).toEqual(await classes(NEWSLETTER));
    expect(await classes(NEWSLETTER, true)).toEqual({ category: 'marketing', canSpam: 'transactional', casl: 'not-cem', eu: 'direct-marketing' });
  });

  it('its membership notice is no CEM at all, not an exempt one', async () => {
    expect((await classes(MEMBERSHIP)).casl).toBe('cem-exempt');
    expect(await classes(MEMBERSHIP, true)).toEqual({ category: 'transactional', canSpam: 'transactional', casl: 'not-cem', eu: 'service' });
  });

  it('its donation ask stays a CEM (CASL has no exemption for it here)', async () => {
    expect((await classes(APPEAL, true)).casl).toBe('cem');
  });
});

describe('a sender that names itself a non-profit', () => {
  it('is read as one from the organisation type in its footer, in every language', async () => {
    for (const footer of ['Stichting Tuinen aan de Rivier, Molenlaan 12, Utrecht', 'Associazione Orti del Fiume APS, Via del Mulino 12, Torino', 'Associação Hortas do Rio, Rua do Moinho 12, Porto', 'NPO法人 川辺の菜園, 東京都新宿区1-2-3', '基金会 河畔社区菜园, 北京市朝阳区 12 号', 'Σύλλογος Κηπουρών του Ποταμού, Οδός Μύλου 12, Αθήνα', 'جمعية حدائق النهر، شارع الطاحونة 12، عمّان']) {
      const html = NEWSLETTER.replace('Riverside Community Garden, 12 Mill Lane, Riverside.', `${footer}.`);
      expect(await classes(html), footer).toEqual(await classes(NEWSLETTER, true));
    }
  });
});

describe('sender: in graylint.config.yaml', () => {
  const CONFIG = 'graylint.config.yaml';
  it('is read per file, overrides included, and printed', () => {
    const dir = tempProject({ [CONFIG]: 'sender: { nonprofit: true }\noverrides:\n  - files: ["shop/**"]\n    sender: { nonprofit: false }\n' });
    const config = loadConfig({ cwd: dir, packs });
    expect(config.forFile('news/a.html').sender).toEqual({ nonprofit: true });
    expect(config.forFile('shop/b.html').sender).toEqual({ nonprofit: false });
    expect(config.print('news/a.html')).toMatch(/^sender:\n  nonprofit: true$/m);
    expect(loadConfig({ cwd: tempProject({}), packs }).forFile('a.html').sender).toEqual({});
  });

  it('is validated strictly, one line naming the file', () => {
    const bad = (text: string, pattern: RegExp) => expectConfigError(() => loadConfig({ cwd: tempProject({ [CONFIG]: text }), packs }), CONFIG, pattern);
    bad('sender: true\n', /'sender' must be a map \(e\.g\. \{ nonprofit: true \}\), got true/);
    bad('sender: { nonprofit: "yes" }\n', /sender: 'nonprofit' must be true or false, got 'yes'/);
    bad('sender: { nonproft: true }\n', /sender: unknown key 'nonproft' \(did you mean 'nonprofit'\?\)/);
  });

  it('reaches the check on the command line, in this process and in the worker pool', () => {
    const dir = tempProject({ [CONFIG]: 'sender: { nonprofit: true }\n', 'news.html': NEWSLETTER, 'member.html': MEMBERSHIP });
    for (const workers of ['1', '2']) {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/bundle/main.js'), 'check', '--format', 'json', '--workers', workers, 'news.html', 'member.html'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
      const out = JSON.parse(r.stdout) as { results: Array<{ file: string; verdicts: Record<string, { class: string }> }> };
      const byFile = Object.fromEntries(out.results.map((x) => [x.file, [x.verdicts['can-spam']!.class, x.verdicts.casl!.class]]));
      expect(byFile, `--workers ${workers}`).toEqual({ 'news.html': ['transactional', 'not-cem'], 'member.html': ['transactional', 'not-cem'] });
    }
  });
});
