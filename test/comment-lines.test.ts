import { describe, expect, it } from 'vitest';
import { blankCommentLines } from '../src/input/comment-lines.js';
import { parseTemplate } from '../src/input/template.js';

describe('comment lines of locale and settings files', () => {
  it('blanks translator notes in YAML, .po and .properties files, keeping offsets', () => {
    const yml = '# Use https://weblate.example/projects/shop for translation.\nmail:\n  body: "Your order # 12 has shipped"\n';
    const out = blankCommentLines(yml, 'yml');
    expect(out.length).toBe(yml.length);
    expect(out).not.toContain('weblate');
    expect(out).toContain('Your order # 12 has shipped');
    expect(blankCommentLines('#: src/mail.php:12\n#, php-format\nmsgid "Sale ends today"\n', 'po')).not.toMatch(/src\/mail|php-format/);
    expect(blankCommentLines('! generated\n# note\nmail.subject=Welcome\n', 'properties').trim()).toBe('mail.subject=Welcome');
    expect(blankCommentLines('; exported\n[mail]\nsubject = "Hi"\n', 'ini')).not.toContain('exported');
  });

  it('leaves other files alone: a # line in a text mail is the mail', () => {
    const txt = '# Your weekly digest\nThree new posts.';
    expect(blankCommentLines(txt, 'txt')).toBe(txt);
    expect(blankCommentLines(txt, 'md')).toBe(txt);
  });

  it('keeps a comment\'s links out of the model of a YAML locale cut', () => {
    const yml = '# Read more at https://github.com/example/translations/wiki\nemail:\n  body: "{poster} replied in a thread you follow: {url}"\n';
    const parsed = parseTemplate('forum.yml', Buffer.from(yml));
    expect(parsed.text ?? parsed.html ?? '').not.toContain('github.com');
  });
});
