import { describe, expect, it } from 'vitest';
import { looksLikeSqlStrings, sqlStrings } from '../src/input/sql-strings.js';
import { parseTemplate } from '../src/input/template.js';

const KOHA = [
  'INSERT INTO  letter (module, code, branchcode, name, is_html, title, content)',
  "VALUES ('members', 'SHARE_INVITE', '', 'Invito per condividere una lista', '0', 'Condivisione lista <<listname>>', 'Salve,",
  '',
  "Uno degli utenti, <<borrowers.firstname>>, ti invita a condividere una lista all\\'interno dell\\'Opac.",
  '',
  "Grazie di tutto');",
].join('\n');

const SHOPWARE = [
  '-- the mail of a review request',
  "UPDATE `s_core_config_mails` SET `frommail` = '{config name=mail}', `fromname` = 'Our shop name', `subject` = 'Evaluate article',",
  "`content` = 'Hello,\\n\\nyou bought some products in our store, we''d appreciate a rating.' WHERE `name` = 'sARTICLECOMMENT';",
].join('\n');

describe('SQL files that install mail templates', () => {
  it('reads the literals of the mail columns in place, the subject column as the subject', () => {
    expect(looksLikeSqlStrings(KOHA)).toBe(true);
    const { text, subject } = sqlStrings(KOHA);
    expect(text.length).toBe(KOHA.length);
    expect(text.split('\n').length).toBe(KOHA.split('\n').length);
    expect(subject?.text).toBe('Condivisione lista <<listname>>');
    // The statement, the column list and the template's own name are not the mail.
    expect(text).not.toMatch(/INSERT|letter|branchcode|members|SHARE_INVITE|Invito per condividere/);
    expect(text).toContain('Salve,');
    expect(text.replace(/\u00ad/g, '')).toContain("all'interno dell'Opac.");
    expect(text).not.toContain('Condivisione lista');
  });

  it('reads UPDATE … SET columns by name, doubled quotes and \\n escapes in place, and skips the sender', () => {
    const { text, subject } = sqlStrings(SHOPWARE);
    expect(text.length).toBe(SHOPWARE.length);
    expect(subject?.text).toBe('Evaluate article');
    expect(text).not.toMatch(/Our shop name|UPDATE|s_core_config_mails|sARTICLECOMMENT|the mail of a review/);
    expect(text.replace(/\u00ad/g, '')).toMatch(/Hello,\s+you bought some products in our store, we'd appreciate a rating\./);
  });

  it('finds a tuple\'s columns past a comment in the table name and a subselect among the values', () => {
    const src = "INSERT INTO /*PREFIX*/t_pages (fk_id, s_title, s_text) VALUES ((SELECT id FROM t WHERE name = 'x y'), 'Look what I found on {WEB_TITLE}', '<p>Hi {FRIEND_NAME}, your friend wants to share this listing with you.</p>');";
    const { text, subject } = sqlStrings(src);
    expect(subject?.text).toBe('Look what I found on {WEB_TITLE}');
    expect(text).toContain('<p>Hi {FRIEND_NAME}, your friend wants to share this listing with you.</p>');
    expect(text).not.toContain('x y');
  });

  it('is read as the mail by parseTemplate: subject with its tags masked, Koha tags masked in the body', () => {
    const parsed = parseTemplate('letters.sql', Buffer.from(KOHA));
    expect(parsed.subject?.text).toBe('Condivisione lista');
    expect(parsed.subject?.location.line).toBe(2);
    expect(parsed.text).not.toMatch(/borrowers|<<|INSERT/);
    expect(parsed.placeholders.map((p) => p.name)).toContain('borrowers.firstname');
  });

  it('leaves a SQL file that writes no rows as text, and stays linear on unclosed literals and comments', () => {
    expect(looksLikeSqlStrings('CREATE TABLE letter (id int);\nSELECT 1;')).toBe(false);
    for (const src of ["INSERT INTO t (a) VALUES ('" + 'word '.repeat(100_000), 'INSERT INTO t (a) VALUES /*' + '('.repeat(100_000), "UPDATE t SET a = '" + "''".repeat(100_000)]) {
      expect(sqlStrings(src).text.length).toBe(src.length);
    }
  });
});
