import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { defaultLexicon, LEXICON_DIR, withoutHonorifics } from '../src/lexicon/index.js';
import { readText } from '../src/signals/blocks.js';

/**
 * Per-language test sentences (lexicons/tests/<lang>.yaml), each read against all lexicons at
 * once, as real mail is: promotional sentences must hit the expected promo categories,
 * transactional ones their categories and no promo category, neutral ones no promo category.
 */
interface Case {
  text: string;
  expect?: string[];
}
interface LangTests {
  language: string;
  promo: Case[];
  transactional: Case[];
  neutral: Case[];
}

const lexicon = defaultLexicon();
const testDir = join(LEXICON_DIR, 'tests');
const files = readdirSync(testDir).filter((f) => f.endsWith('.yaml'));

describe('lexicons', () => {
  it('cover the languages our users write in', () => {
    expect(lexicon.languages.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBe(lexicon.languages.length);
  });

  for (const f of files) {
    const t = parse(readFileSync(join(testDir, f), 'utf8')) as LangTests;
    describe(t.language, () => {
      it('promotional sentences hit their promo categories', () => {
        for (const c of t.promo) {
          const { promo } = readText(c.text, lexicon);
          for (const cat of c.expect ?? []) expect([...promo], c.text).toContain(cat);
          expect(promo.size, c.text).toBeGreaterThan(0);
        }
      });
      it('transactional sentences hit their categories and no promo category', () => {
        for (const c of t.transactional) {
          const { promo, transactional } = readText(c.text, lexicon);
          for (const cat of c.expect ?? []) expect([...transactional], c.text).toContain(cat);
          expect([...promo], c.text).toEqual([]);
        }
      });
      it('neutral sentences hit no promo category', () => {
        for (const c of t.neutral) expect([...readText(c.text, lexicon).promo], c.text).toEqual([]);
      });
    });
  }
});

describe('a watch is a notification only on what members post', () => {
  it('reads a watched topic as a notification, watched products not (a price or stock alert is about goods)', () => {
    expect(readText('You are receiving this because you are watching the topic "Bikes".', lexicon).transactional).toContain('notification');
    expect([...readText('One or more products you are watching have been updated.', lexicon).transactional]).not.toContain('notification');
    expect([...readText('The items that you are watching have new prices.', lexicon).transactional]).not.toContain('notification');
  });
});

/**
 * Japanese and Chinese are matched by substring and kept only on Intl.Segmenter word
 * boundaries (src/lexicon/index.ts): a phrase may span several segments, but a hit that starts
 * inside a longer word, or ends more than one glued character inside one, is no hit.
 */
describe('CJK phrases match on Intl.Segmenter word boundaries', () => {
  const phrases = (text: string) => lexicon.match(text).map((h) => h.phrase);
  const hits: Array<[string, string, string]> = [
    ['ja', '【注文確認】ご注文ありがとうございます。', '注文確認'],
    ['ja', 'パスワード再設定のご案内', 'パスワード'],
    ['ja', '次回使える割引クーポンをプレゼント', '割引'],
    ['ja', '次回使える割引クーポンをプレゼント', 'クーポン'],
    ['ja', '送料無料でお届けします。', '送料無料'],
    // ICU glues く onto せ (…|か|せく|だ|さい): a one-character overrun is allowed for 3+ chars.
    ['ja', 'ご意見をお聞かせください。', 'ご意見をお聞かせ'],
    ['zh', '全场满299元免费送货', '免费送货'],
    ['zh', '领取优惠券，下单立减20元', '优惠券'],
    ['zh', '领取优惠券，下单立减20元', '立减'],
    // 自动|续|费了 and 满|减了: a glued particle after the phrase.
    ['zh', '您的会员已成功自动续费了。', '自动续费'],
    ['zh', '本店满减了！', '满减'],
  ];
  const misses: Array<[string, string, string]> = [
    ['ja', 'メールのプレビューを確認してください。', 'レビュー'],
    ['ja', 'システムの更新作業を行います。', '新作'],
    ['ja', '選手の引退会見が行われました。', '退会'],
    ['ja', '今すぐチェックインできます。', '今すぐチェック'],
    ['zh', '集团购买的设备已入库。', '团购'],
    ['zh', '这款产品的独特价值在于耐用。', '特价'],
    ['zh', '我们成立减灾委员会。', '立减'],
    ['zh', '今日上新闻了。', '上新'],
  ];
  for (const [lang, text, phrase] of hits) it(`${lang}: finds ${phrase} in ${text}`, () => expect(phrases(text)).toContain(phrase));
  for (const [lang, text, phrase] of misses) it(`${lang}: no ${phrase} inside a longer word in ${text}`, () => expect(phrases(text)).not.toContain(phrase));

  it('reads the same word the same way with and without surrounding text', () => {
    expect(phrases('优惠券')).toContain('优惠券');
    expect(phrases('注文確認')).toContain('注文確認');
    expect(phrases('プレビュー')).not.toContain('レビュー');
  });
});

describe('Japanese honorifics', () => {
  const found = (text: string) => lexicon.match(text).map((h) => [h.phrase, text.slice(h.start, h.end)]);
  it('find a phrase listed without an honorific where the text puts one before a noun', () => {
    // Listed as 購読の確認; written with ご before 確認: the evidence is the text as written.
    expect(found('ニュースレター購読のご確認')).toContainEqual(['購読の確認', '購読のご確認']);
  });
  it('keep a phrase listed with its honorific to the text that has it', () => {
    // ご評価 (a review ask) is listed with ご: a bare 評価 in a product table is no ask.
    expect(found('ご注文の商品の評価は4.5です').map(([p]) => p)).not.toContain('ご評価');
  });
  it('leave a kana word ending in ご or お alone', () => {
    expect(withoutHonorifics('たまご料理')).toBeNull();
    expect(withoutHonorifics('ご注文のお支払い')?.text).toBe('注文の支払い');
  });
});

describe('the compiled phrase index', () => {
  it('matches exactly as the lexicon built from the phrase lists, and so does the index as the build stores it', async () => {
    const { buildLexicon, fileBytes, Lexicon, splitIndex } = await import('../src/lexicon/index.js');
    const built = buildLexicon();
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(built.toIndex())));
    expect(loaded).not.toBeNull();
    expect(loaded!.languages).toEqual(built.languages);
    // The first-word table's lists as bytes beside the index, decoded a list at a time.
    const split = splitIndex(built.toIndex());
    expect(split.index.exact).toEqual([]);
    const stored = Lexicon.fromIndex(JSON.parse(JSON.stringify(split.index)), Buffer.from(split.packed));
    expect(stored).not.toBeNull();
    // The same bytes in a file, read a list at a time as keys are first looked up (as a check loads them);
    // a file that ends before the index says its lists end is refused.
    const dir = mkdtempSync(join(tmpdir(), 'graylint-lists-'));
    writeFileSync(join(dir, 'lists.txt'), split.packed);
    const fromFile = Lexicon.fromIndex(JSON.parse(JSON.stringify(split.index)), fileBytes(join(dir, 'lists.txt')));
    expect(fromFile).not.toBeNull();
    writeFileSync(join(dir, 'short.txt'), Buffer.from(split.packed).subarray(0, -1));
    expect(Lexicon.fromIndex(JSON.parse(JSON.stringify(split.index)), fileBytes(join(dir, 'short.txt')))).toBeNull();
    // A file rewritten under a running process is refused, not read at the old offsets (checked at
    // every read here; a check trusts the last one for a few milliseconds).
    writeFileSync(join(dir, 'rewritten.txt'), 'abcdef');
    const rewritten = fileBytes(join(dir, 'rewritten.txt'), 0);
    expect(rewritten.text(1, 3)).toBe('bc');
    writeFileSync(join(dir, 'rewritten.txt'), 'abcdefgh');
    expect(() => rewritten.text(1, 3)).toThrow(/changed while graylint was running/);
    // Every phrase of every lexicon, alone and inside a sentence, plus mixed-script text.
    const texts: string[] = ['Ihre Bestellung wurde versandt — jetzt 20 % sparen!', '您的订单已发货，优惠券限时领取', 'パスワード再設定のお知らせ', 'Ваш заказ отправлен. Скидка 10%'];
    for (const f of readdirSync(LEXICON_DIR).filter((n) => n.endsWith('.yaml'))) {
      const data = parse(readFileSync(join(LEXICON_DIR, f), 'utf8')) as Record<string, Record<string, string[]>>;
      for (const group of ['promo', 'transactional', 'footer']) {
        for (const phrases of Object.values(data[group] ?? {})) for (const p of phrases) texts.push(p.replace(/\*$/, 'ing'), `Hello, ${p.replace(/\*/g, 's')} today.`);
      }
    }
    for (const t of texts) {
      expect(loaded!.match(t), t).toEqual(built.match(t));
      expect(stored!.match(t), t).toEqual(built.match(t));
      expect(fromFile!.match(t), t).toEqual(built.match(t));
    }
  });

  it('stores a list of states (or nouns) once, however many composed runs share it, and matches as the lexicon it came from', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('en', { states: { payment: { nouns: ['payment', 'refund', 'payout', 'your top up'], states: ['was received', 'has failed', 'was declined'] } } }, 'test.yaml');
    const index = lex.toIndex();
    const lists = index.tails.split('\x1c');
    // The three states follow each of the four nouns: one list, named by all four runs; no list twice,
    // and none written out in the entries.
    expect(lists.filter((l) => l === 'was received\x1fhas failed\x1fwas declined')).toHaveLength(1);
    expect(new Set(lists).size).toBe(lists.length);
    expect(index.exact.join('')).not.toMatch(/[\x1e\x1f]/);
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(index)))!;
    for (const t of ['Your refund was received.', 'The payout for May has failed.', 'Was declined: your top up of 20 euros', 'payment pending']) {
      expect(loaded.match(t), t).toEqual(lex.match(t));
    }
    expect(loaded.match('Your refund was received.').map((h) => h.category)).toContain('payment');
  });

  it('is refused when it is not an index of the current format', async () => {
    const { buildLexicon, Lexicon } = await import('../src/lexicon/index.js');
    expect(Lexicon.fromIndex({ ...buildLexicon().toIndex(), format: 0 })).toBeNull();
    expect(Lexicon.fromIndex({ format: 1 })).toBeNull();
    expect(Lexicon.fromIndex(null)).toBeNull();
  });

  it('is refused when its first-word table has no bytes, or bytes that do not end where its lists end', async () => {
    const { buildLexicon, Lexicon, splitIndex } = await import('../src/lexicon/index.js');
    const { index, packed } = splitIndex(buildLexicon().toIndex());
    const bytes = Buffer.from(packed);
    expect(Lexicon.fromIndex(index, bytes)).not.toBeNull();
    expect(Lexicon.fromIndex(index)).toBeNull();
    expect(Lexicon.fromIndex(index, bytes.subarray(0, bytes.length - 1))).toBeNull();
    expect(Lexicon.fromIndex({ ...index, exactKeys: { keys: index.exactKeys!.keys, ends: index.exactKeys!.ends.slice(1) } }, bytes)).toBeNull();
  });
});

describe('proclitics, read from a lexicon', () => {
  it('find a phrase after the letters a language joins to it, up to the stack it allows', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('he', { promo: { coupon: ['שובר'] }, proclitics: { stack: 2, prefixes: ['ו', 'ה', 'ב'] } });
    expect(lex.match('קיבלת שובר').map((h) => h.category)).toEqual(['coupon']);
    expect(lex.match('והשובר שלך').map((h) => h.category)).toEqual(['coupon']); // two joined: and + the
    expect(lex.match('ובהשובר').map((h) => h.category)).toEqual([]); // three is more than the stack
    // The compiled index keeps them.
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())));
    expect(loaded!.match('והשובר שלך').map((h) => h.category)).toEqual(['coupon']);
  });

  it('find the state of a composed pair after them too ("and shipped"), in that language only', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('he', { proclitics: { stack: 2, prefixes: ['ו', 'ה', 'ב'] }, states: { shipping: { nouns: ['החבילה'], states: ['נשלחה'] } } });
    lex.add('en', { states: { order: { nouns: ['order'], states: ['shipped'] } } });
    // The parcel was packed and-shipped today.
    expect(lex.match('החבילה נארזה ונשלחה היום').map((h) => h.category)).toEqual(['shipping']);
    expect(lex.match('החבילה נארזה ובהונשלחה').map((h) => h.category)).toEqual([]); // three is more than the stack
    // Another language's state is not read after Hebrew letters.
    expect(lex.match('order packed וshipped').map((h) => h.category)).toEqual([]);
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())));
    expect(loaded!.match('החבילה נארזה ונשלחה היום').map((h) => h.category)).toEqual(['shipping']);
  });

  it('refuse a malformed list in one clear line naming the file', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    expect(() => new Lexicon().add('he', { proclitics: ['ו', 'ה'] }, 'he.yaml')).toThrow(/^he\.yaml: proclitics must be a mapping/);
    expect(() => new Lexicon().add('he', { proclitics: { prefixes: ['ו'], stack: 9 } }, 'he.yaml')).toThrow(/stack/);
  });
});

describe('Han variants, read from a lexicon', () => {
  const build = async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ variants: '優优 點点 擊击 帳帐 號号' }, 'zh.yaml');
    lex.add('zh', { promo: { coupon: ['优惠券'] }, transactional: { account: ['帳號已創建'] } });
    return { Lexicon, lex };
  };

  it('find a phrase listed in one script in text written in the other, at the offsets of the text', async () => {
    const { lex } = await build();
    expect(found(lex, '领取優惠券')).toEqual([['coupon', '優惠券']]); // listed Simplified, written Traditional
    expect(found(lex, '您的帐号已創建')).toEqual([['account', '帐号已創建']]); // listed Traditional, written mixed
    expect(found(lex, '优惠')).toEqual([]);
  });

  it('keep a phrase listed in both scripts once', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ variants: '優优' }, 'zh.yaml');
    lex.add('zh', { promo: { coupon: ['优惠券', '優惠券'] } });
    expect(lex.match('優惠券')).toHaveLength(1);
  });

  it('are kept by the compiled index', async () => {
    const { Lexicon, lex } = await build();
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())));
    expect(found(loaded!, '领取優惠券')).toEqual([['coupon', '優惠券']]);
  });

  it('fold the bundled lexicons: a Traditional text finds what only the Simplified list says', () => {
    // 激活您的账户 is listed; the same words in Traditional characters were not.
    expect(found(lexicon, '請激活您的賬戶').map(([c]) => c)).toContain('verification');
    // The informal you (你) is read as the formal 您, and 帐 as 账: 激活您的账户 finds 激活你的帐户.
    expect(found(lexicon, '请激活你的帐户')).toContainEqual(['verification', '激活你的帐户']);
    // Japanese keeps its segmentation (cut on the text as written): ご確認 is still found.
    expect(found(lexicon, 'ご注文内容のご確認').length).toBeGreaterThan(0);
  });

  it('read a regional word as the mainland one of the same length, after the characters', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ variants: '連连 結结 點点 選选 连结>链接 点选>点击' }, 'zh.yaml');
    lex.add('zh', { transactional: { verification: ['点击以下链接'] } });
    expect(found(lex, '請點選以下連結')).toEqual([['verification', '點選以下連結']]);
    expect(found(Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())))!, '請點選以下連結')).toEqual([['verification', '點選以下連結']]);
  });

  it('are the ones OpenCC\'s tables give (zh.yaml\'s section is generated, never edited by hand)', () => {
    const run = spawnSync(process.execPath, [join(LEXICON_DIR, '..', 'scripts', 'make-han-variants.mjs'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('refuse a malformed list in one clear line naming the file', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    expect(() => new Lexicon().addVariants({ variants: '连结>链' }, 'zh.yaml')).toThrow(/^zh\.yaml: variants: "连结>链" is not two Han words of one length/);
    expect(() => new Lexicon().addVariants({ variants: ['優优'] }, 'zh.yaml')).toThrow(/^zh\.yaml: variants must be a string/);
    expect(() => new Lexicon().addVariants({ variants: '優优 ab' }, 'zh.yaml')).toThrow(/^zh\.yaml: variants: "ab" is not a pair of two Han characters/);
  });
});

describe('composed Han/kana phrases with a gap', () => {
  const build = async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('ja', { states: { account: { nouns: ['アカウント'], states: ['削除されます'] } } });
    lex.add('zh', { states: { shipping: { nouns: ['订单'], states: ['已发货'] } } });
    return lex;
  };

  it('read a noun and its state a few characters apart in one clause, both whole words', async () => {
    const lex = await build();
    expect(found(lex, 'アカウントは30日後に削除されます。')).toEqual([['account', 'アカウントは30日後に削除されます']]);
    expect(found(lex, '您的订单今天上午已发货。')).toEqual([['shipping', '订单今天上午已发货']]);
    // Joined, as before; the gap is reported like a Latin phrase's.
    expect(found(lex, '您的订单已发货')).toEqual([['shipping', '订单已发货']]);
    expect(lex.match('アカウントは30日後に削除されます。')[0]).toMatchObject({ gapStart: 5, gapEnd: 11 });
  });

  it('read a Japanese topic comma 、 as inside the clause, as a Latin comma is', async () => {
    const lex = await build();
    expect(found(lex, 'アカウントは、30日後に削除されます。')).toEqual([['account', 'アカウントは、30日後に削除されます']]);
    // The full-width comma and the full stop still end it.
    expect(found(lex, 'アカウントは，30日後に削除されます。')).toEqual([]);
  });

  it('read no phrase across a clause end or past the gap, nor a verb and its object apart', async () => {
    const lex = await build();
    expect(found(lex, '您的订单已取消，退款已发货。')).toEqual([]);
    expect(found(lex, 'アカウントについてのお知らせですが来月以降に削除されます')).toEqual([]);
    const { Lexicon } = await import('../src/lexicon/index.js');
    const asks = new Lexicon();
    asks.add('zh', { asks: { review: { verbs: ['提交'], objects: ['点评'] } } });
    expect(found(asks, '提交点评')).toEqual([['review', '提交点评']]);
    expect(found(asks, '您提交的点评将在审核后展示')).toEqual([]);
  });
});

describe('full-width Latin letters and digits', () => {
  it('are read as ASCII, in words and in Han/kana text, at the offsets of the text', async () => {
    const text = 'Ｄａｓ Ｐａｓｓｗｏｒｔ wurde geändert.';
    expect(found(lexicon, text).map(([c]) => c)).toEqual(found(lexicon, 'Das Passwort wurde geändert.').map(([c]) => c));
    expect(found(lexicon, text).map(([c]) => c)).toContain('password');
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('ja', { promo: { referral: ['snsでシェア'] } });
    expect(found(lex, '今すぐＳＮＳでシェア')).toEqual([['referral', 'ＳＮＳでシェア']]);
  });
});

describe('German ß', () => {
  it('is read as ss, as Swiss and ASCII German write it', () => {
    const cats = (t: string) => found(lexicon, t).map(([c]) => c);
    const de = 'Bitte schließen Sie Ihre Registrierung ab und bestätigen Sie Ihre Identität.';
    expect(cats(de.replace('ß', 'ss'))).toEqual(cats(de));
    expect(cats(de).length).toBeGreaterThan(0);
  });
});

describe('word variants, read from a lexicon', () => {
  const build = async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ 'word-variants': { dein: 'ihr', Deine: 'Ihre' } }, 'de.yaml');
    lex.add('de', { transactional: { account: ['ihr konto wurde gesperrt', 'deine bestellung', 'dein*'] } });
    return { Lexicon, lex };
  };

  it('find a phrase listed in one register in text written in the other, either way', async () => {
    const { lex } = await build();
    expect(found(lex, 'Dein Konto wurde gesperrt.')).toContainEqual(['account', 'Dein Konto wurde gesperrt']);
    expect(found(lex, 'Ihre Bestellung ist da.')).toContainEqual(['account', 'Ihre Bestellung']);
    // A prefix entry is no word: dein* is not read as ihr*.
    expect(found(lex, 'Ihrem Wunsch entsprechend')).toEqual([]);
  });

  it('are kept by the compiled index', async () => {
    const { Lexicon, lex } = await build();
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())));
    expect(found(loaded!, 'Dein Konto wurde gesperrt.')).toContainEqual(['account', 'Dein Konto wurde gesperrt']);
  });

  it('keep a phrase listed in both registers once, as first listed, and a composed pair too', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ 'word-variants': { dein: 'ihr' } }, 'de.yaml');
    lex.add('de', { transactional: { account: ['ihr konto', 'dein konto'] }, states: { order: { nouns: ['ihr paket', 'dein paket'], states: ['zugestellt'] } } });
    expect(lex.match('Dein Konto').map((h) => h.phrase)).toEqual(['ihr konto']);
    expect(lex.match('Dein Paket wurde zugestellt').map((h) => h.phrase)).toEqual(['ihr paket … zugestellt']);
  });

  it('make classes across lexicons: two lexicons that read a pair of words each way round read them as one', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    // Italian reads the formal "sua" as the informal "tua"; Portuguese the informal "tua" as "sua".
    lex.addVariants({ 'word-variants': { sua: 'tua' } }, 'it.yaml');
    lex.addVariants({ 'word-variants': { tua: 'sua' } }, 'pt.yaml');
    lex.add('it', { transactional: { notification: ['tua domanda pubblicata'] } });
    lex.add('pt', { transactional: { notification: ['sua pergunta publicada'] } });
    expect(found(lex, 'La sua domanda pubblicata.')).toContainEqual(['notification', 'sua domanda pubblicata']);
    expect(found(lex, 'A tua pergunta publicada.')).toContainEqual(['notification', 'tua pergunta publicada']);
  });

  it('keep both pairs of two words that fold to one (accents off) and read their targets as one', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    // твой and твои are one word once the breve is dropped: both pairs count.
    lex.addVariants({ 'word-variants': { твой: 'ваш', твои: 'ваши' } }, 'ru.yaml');
    lex.add('ru', { transactional: { notification: ['ваш отзыв опубликован'] } });
    expect(found(lex, 'Твой отзыв опубликован.')).toContainEqual(['notification', 'Твой отзыв опубликован']);
  });

  it('fold the bundled lexicons as classes: Italian formal "sua" and Russian informal "твой" find their phrases', () => {
    // Italian lists "tua domanda" (informal) while Portuguese reads "tua" as "sua"; "твой" folds to "твои".
    expect(found(lexicon, 'La sua domanda è stata pubblicata.').map(([c]) => c)).toContain('notification');
    expect(found(lexicon, 'Твой отзыв опубликован.').map(([c]) => c)).toContain('notification');
  });

  it('fold the bundled lexicons: an informal notice finds the formal wording', () => {
    // Listed as "ο κωδικός σας" (formal); written with the informal σου.
    expect(found(lexicon, 'Ο κωδικός σου άλλαξε.').map(([c]) => c)).toContain('password');
  });

  it('refuse a malformed map in one clear line naming the file', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    expect(() => new Lexicon().addVariants({ 'word-variants': ['dein'] }, 'de.yaml')).toThrow(/^de\.yaml: word-variants must map words to words/);
    expect(() => new Lexicon().addVariants({ 'word-variants': { 'dein konto': 'ihr' } }, 'de.yaml')).toThrow(/^de\.yaml: word-variants: "dein konto: ihr" is not a pair of single words/);
  });
});

describe('suffix variants, read from a lexicon', () => {
  const build = async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ 'suffix-variants': { 'كم': 'ك' } }, 'ar.yaml');
    lex.add('ar', { proclitics: { stack: 1, prefixes: ['و'] }, transactional: { booking: ['تم تأكيد تسجيلك'] }, states: { order: { nouns: ['طلبك'], states: ['تم شحن'] } } });
    return { Lexicon, lex };
  };

  it('find a phrase listed with the singular "your" in text written with the plural, either way round', async () => {
    const { lex } = await build();
    expect(found(lex, 'تم تأكيد تسجيلكم في الفعالية')).toContainEqual(['booking', 'تم تأكيد تسجيلكم']);
    expect(found(lex, 'تم تأكيد تسجيلك في الفعالية')).toContainEqual(['booking', 'تم تأكيد تسجيلك']);
    // In a composed pair, and after a proclitic ("and your order").
    expect(found(lex, 'تم شحن وطلبكم').map(([c]) => c)).toContain('order');
    expect(found(lex, 'طلبكم تم شحن').map(([c]) => c)).toContain('order');
  });

  it('leave a word of fewer than three letters before the ending as it is', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.addVariants({ 'suffix-variants': { 'كم': 'ك' } }, 'ar.yaml');
    lex.add('ar', { transactional: { request: ['شكرا لك'] } });
    // لكم is no noun with a suffix: two letters before it.
    expect(found(lex, 'شكرا لكم')).toEqual([]);
    expect(found(lex, 'شكرا لك')).toContainEqual(['request', 'شكرا لك']);
  });

  it('are kept by the compiled index', async () => {
    const { Lexicon, lex } = await build();
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())));
    expect(found(loaded!, 'تم تأكيد تسجيلكم في الفعالية')).toContainEqual(['booking', 'تم تأكيد تسجيلكم']);
  });

  it('fold the bundled lexicons: a formal Arabic or plural Hebrew notice finds the singular wording', () => {
    expect(found(lexicon, 'تم تأكيد تسجيلكم في الفعالية الثقافية').map(([c]) => c)).toContain('booking');
    // Listed as חשבונך ("your account", singular); written with the plural -כם.
    expect(found(lexicon, 'חשבונכם נחסם').map(([c]) => c)).toContain('account');
  });

  it('refuse a malformed map in one clear line naming the file', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    expect(() => new Lexicon().addVariants({ 'suffix-variants': ['كم'] }, 'ar.yaml')).toThrow(/^ar\.yaml: suffix-variants must map word endings to word endings/);
    expect(() => new Lexicon().addVariants({ 'suffix-variants': { 'كم ك': 'ك' } }, 'ar.yaml')).toThrow(/^ar\.yaml: suffix-variants: "كم ك: ك" is not a pair of letter endings/);
  });
});

describe('composed states, several pairs for one category', () => {
  it('read each pair on its own: a noun of one pair with a state of another is no phrase', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('en', { states: { notification: [{ nouns: ['issue'], states: ['closed'] }, { nouns: ['your post'], states: ['approved'] }] } });
    expect(lex.match('The issue was closed.').map((h) => h.category)).toEqual(['notification']);
    expect(lex.match('Your post has been approved.').map((h) => h.category)).toEqual(['notification']);
    expect(lex.match('The issue was approved.')).toEqual([]);
  });

  it('compose an ordered pair noun first only: a possessive before a state is the record, after it not', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('pt', { states: { notification: [{ ordered: true, nouns: ['sua'], states: ['foi recusad*'] }] } });
    expect(found(lex, 'Sua folha de horas foi recusada.')).toEqual([['notification', 'Sua folha de horas foi recusada']]);
    expect(lex.match('O pedido foi recusado pela sua operadora.')).toEqual([]);
    expect(() => lex.add('en', { states: { notification: [{ ordered: 'yes', nouns: ['your'], states: ['was closed'] }] } }, 'bad.yaml')).toThrow(/ordered must be true or false/);
  });

  it('read what happened to something the reader posted as a notice, and an announcement not', () => {
    const cats = (t: string) => lexicon.match(t).map((h) => h.category);
    expect(cats('Your article has been published on the community blog.')).toContain('notification');
    expect(cats('Our new article is published on the blog.')).not.toContain('notification');
  });
});

/** Each hit of a lexicon in `text`: its category and the text it covers. */
const found = (lex: { match(t: string): Array<{ category: string; start: number; end: number }> }, text: string) =>
  lex.match(text).map((h) => [h.category, text.slice(h.start, h.end)]);

describe('a gap (…) in a phrase', () => {
  const gapped = async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('de', { transactional: { unsubscribed: ['wurden … abgemeldet'], shipping: ['paket … an … übergeben'] } });
    return lex;
  };

  it('stands for the words of the clause between, up to six, or none', async () => {
    const lex = await gapped();
    expect(found(lex, 'Sie wurden abgemeldet.')).toEqual([['unsubscribed', 'wurden abgemeldet']]);
    expect(found(lex, 'Sie wurden erfolgreich vom Newsletter des Gartenmarkts abgemeldet.')).toEqual([['unsubscribed', 'wurden erfolgreich vom Newsletter des Gartenmarkts abgemeldet']]);
    // Two gaps in one phrase.
    expect(found(lex, 'Ihr Paket wurde heute an DHL übergeben.')).toEqual([['shipping', 'Paket wurde heute an DHL übergeben']]);
  });

  it('never reaches across a clause end, nor past six words', async () => {
    const lex = await gapped();
    expect(found(lex, 'Sie wurden informiert. Danach haben wir Sie abgemeldet.')).toEqual([]);
    expect(found(lex, 'Sie wurden eins zwei drei vier fünf sechs sieben abgemeldet.')).toEqual([]);
  });

  it('reads a full stop or a colon inside a number, a date or a time as within the clause', async () => {
    const lex = await gapped();
    expect(found(lex, 'Sie wurden am 12.03.2024 abgemeldet.')).toEqual([['unsubscribed', 'wurden am 12.03.2024 abgemeldet']]);
    expect(found(lex, 'Sie wurden heute um 14:30 abgemeldet.')).toEqual([['unsubscribed', 'wurden heute um 14:30 abgemeldet']]);
    // Followed by a space, both still end it.
    expect(found(lex, 'Sie wurden informiert: Danach abgemeldet.')).toEqual([]);
    // But not a day or an ordinal written with a full stop ("am 12. Juni", "12.06. um"), as German writes them.
    expect(found(lex, 'Sie wurden am 12. Juni abgemeldet.')).toEqual([['unsubscribed', 'wurden am 12. Juni abgemeldet']]);
    expect(found(lex, 'Sie wurden am 12.06. abgemeldet.')).toEqual([['unsubscribed', 'wurden am 12.06. abgemeldet']]);
    // A year, or any longer number, ends a sentence as a word does.
    expect(found(lex, 'Sie wurden im Jahr 2024. Danach abgemeldet.')).toEqual([]);
  });

  it('is kept by the compiled index, and refused at a phrase\'s start or end', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify((await gapped()).toIndex())));
    expect(found(loaded!, 'Sie wurden soeben abgemeldet.')).toEqual([['unsubscribed', 'wurden soeben abgemeldet']]);
    expect(() => new Lexicon().add('de', { transactional: { shipping: ['… versandt'] } })).toThrow(/gap/);
    expect(() => new Lexicon().add('de', { transactional: { shipping: ['wurde … … versandt'] } })).toThrow(/gap/);
  });
});

describe('states: a record noun and what became of it, composed', () => {
  const composed = async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('en', { states: { payment: { nouns: ['payment'], states: ['completed', 'received'] } } });
    lex.add('zh', { states: { shipping: { nouns: ['订单'], states: ['已发货'] } } });
    return lex;
  };

  it('matches noun and state in either order within a clause, as transactional wording', async () => {
    const lex = await composed();
    expect(found(lex, 'Your payment has been successfully completed.')).toEqual([['payment', 'payment has been successfully completed']]);
    expect(found(lex, 'We have received your payment.')).toEqual([['payment', 'received your payment']]);
    expect(found(lex, '您的订单已发货。')).toEqual([['shipping', '订单已发货']]);
    expect(lex.match('We have received your payment.')[0]!.group).toBe('transactional');
  });

  it('leaves an offer said in its gap to be found, and survives the compiled index', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = await composed();
    lex.add('en', { promo: { free: ['free gift'] } });
    expect(found(lex, 'Your payment for the free gift was received.')).toEqual([['payment', 'payment for the free gift was received'], ['free', 'free gift']]);
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(lex.toIndex())))!;
    expect(found(loaded, 'Your payment for the free gift was received.')).toEqual([['payment', 'payment for the free gift was received'], ['free', 'free gift']]);
  });

  it('owns its two parts: a promotional word that is the record itself is not an offer', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('en', { promo: { review: ['review'], free: ['free gift'] }, states: { request: { nouns: ['review'], states: ['published'] } } });
    expect(found(lex, 'Your review was published.')).toEqual([['request', 'review was published']]);
    expect(found(lex, 'Your review of the free gift was published.')).toEqual([['request', 'review of the free gift was published'], ['free', 'free gift']]);
  });

  it('never across a clause end, and an imperative is no state', async () => {
    const lex = await composed();
    expect(found(lex, 'Payment options. Completed projects.')).toEqual([]);
    expect(found(lex, 'Complete your payment now.')).toEqual([]);
  });

  it('composes a call to act with what it asks the reader to act on, as promotion', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('de', { asks: { upsell: { verbs: ['wählen', 'wähle'], objects: ['tarif', 'premium'] } } });
    expect(found(lex, 'Wähle jetzt den passenden Tarif für dein Team.')).toEqual([['upsell', 'Wähle jetzt den passenden Tarif']]);
    expect(found(lex, 'Jetzt Premium wählen!')).toEqual([['upsell', 'Premium wählen']]);
    expect(lex.match('Jetzt Premium wählen!')[0]).toMatchObject({ group: 'promo', composed: true });
    expect(() => new Lexicon().add('de', { asks: { upsell: { verbs: ['wählen'] } } }, 'de.yaml')).toThrow(/^de\.yaml: asks\.upsell\.objects must be a non-empty list/);
  });

  it('is found exactly as the same phrases listed one by one, noun by state, before and after the index', async () => {
    // The sections are matched as runs of phrases that share a part, not as their cross product
    // (Entry.tails, Entry.heads): every hit, its order, its text and its phrase must be those of
    // the phrases written out in the order composing them gives.
    const { Lexicon } = await import('../src/lexicon/index.js');
    const nouns = ['order', 'your parcel', 'sendung*', '订单', 'api'];
    const states = ['shipped', 'was delivered', 'was returned', 'delivered', 'delivered late', 'wurde zugestellt*', '已发货', '已取消', 'deprecated'];
    const composed = new Lexicon();
    composed.add('xx', { states: { order: { nouns, states } } });
    const cjk = /[\p{Script=Han}]/u;
    const listed: string[] = [];
    const listedCjk: string[] = [];
    for (const a of nouns) for (const b of states) {
      if (cjk.test(a) || cjk.test(b)) listedCjk.push(a + b, b + a);
      else listed.push(`${a} … ${b}`, `${b} … ${a}`);
    }
    const written = new Lexicon();
    written.add('xx', { transactional: { order: [...listed, ...listedCjk] } });
    const texts = [
      'Your parcel was delivered, and was returned: the order was returned.',
      'We shipped the order. Was delivered your parcel? Order one two three four five six seven shipped.',
      'Die Sendung wurde zugestellt. Sendungen wurde zugestelltes heute',
      '您的订单已发货，已取消订单。API已发货 api deprecated, deprecated api',
      'order shipped shipped order was delivered order was returned order',
      'It was delivered late, the order. Delivered late order.',
      '已发货订单；订单已发货',
    ];
    const loaded = Lexicon.fromIndex(JSON.parse(JSON.stringify(composed.toIndex())))!;
    const key = (h: { phrase: string; start: number; end: number; category: string }) => [h.phrase, h.start, h.end, h.category];
    // (A Han/kana noun and state found apart, which no listed phrase can be, are compared in the tests of the gap.)
    const joined = (h: { phrase: string; gapStart: number }) => !(cjk.test(h.phrase) && h.gapStart >= 0);
    for (const text of texts) {
      const want = written.match(text).map(key);
      expect(want.length, text).toBeGreaterThan(0);
      expect(composed.match(text).filter(joined).map(key), text).toEqual(want);
      expect(loaded.match(text).filter(joined).map(key), text).toEqual(want);
      expect(loaded.match(text), text).toEqual(composed.match(text));
    }
  });

  it('refuses a category without nouns or states, naming the file', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    expect(() => new Lexicon().add('en', { states: { payment: { nouns: ['payment'] } } }, 'en.yaml')).toThrow(/^en\.yaml: states\.payment\.states must be a non-empty list/);
    expect(() => new Lexicon().add('en', { states: ['payment'] }, 'en.yaml')).toThrow(/^en\.yaml: states/);
  });
});

describe('phrases sharing a first word', () => {
  it('are all found, in list order, whatever the length of the list', async () => {
    const { Lexicon } = await import('../src/lexicon/index.js');
    const lex = new Lexicon();
    lex.add('en', {
      promo: { a: ['your deal', 'your free gift', 'your', 'your exclusive*'] },
      transactional: { b: ['your order', 'your order has shipped', 'your receipt', 'your ord*'], c: ['your account'] },
    });
    const hits = lex.match('Your order has shipped with your exclusives and your account').map((h) => `${h.phrase}@${h.start}`);
    // In list order at each word; a one-word "your" (promo) inside a longer transactional hit is dropped.
    expect(hits).toEqual(['your order@0', 'your order has shipped@0', 'your ord*@0', 'your@28', 'your exclusive*@28', 'your account@48']);
    // Adding to a list after it was searched is seen by the next search.
    lex.add('en', { promo: { d: ['your account bonus'] } });
    expect(lex.match('your account bonus now').map((h) => h.phrase)).toContain('your account bonus');
  });
});
