/**
 * Evidence that does not depend on listed phrases (issue: verdicts that hold on unseen mail):
 * where a link goes, notifications, the sender's own ad label, a transactional subject without
 * transaction facts, thin evidence and the cautious class, confidence, language files.
 */
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../src/report/stylish.js';
import { parseInput, looksLikeRawMessage } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';
import { computeSignals } from '../src/signals/index.js';
import { linkTargetWords, promoTarget } from '../src/signals/patterns.js';
import { maskTemplate } from '../src/input/template-mask.js';
import { scriptStringsText } from '../src/input/script-strings.js';
import { readText } from '../src/signals/blocks.js';
import { createChecker } from '../src/check.js';
import { defaultLexicon } from '../src/lexicon/index.js';
import { loadPackFile, PackError } from '../src/packs/load.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function signals(html: string, subject?: string, file = 't.html') {
  const parsed = await parseInput(file, Buffer.from(html, 'utf8'), { subject });
  return (await computeSignals(buildModel(parsed), undefined, { fallback: null })).values;
}

const checker = createChecker({ fallback: null });
const check = (html: string, file = 't.html') => checker.checkBuffer(file, Buffer.from(html, 'utf8'));

describe('where a link goes', () => {
  it('reads the URL path and query, not the host', () => {
    expect(linkTargetWords({ href: 'https://shop.example.com/collections/autumn?ref=mail#top' })).toBe('collections autumn ref mail');
    expect(promoTarget(linkTargetWords({ href: 'https://shop.example.com/' }))).toBeNull();
  });

  it('reads a page that shows off what the sender sells (services, testimonials, case studies) as the shop', async () => {
    for (const href of ['https://acme.example/our-services', 'https://acme.example/testimonials', 'https://acme.example/customer-stories/bakery', 'https://acme.example/en/case-studies']) {
      expect(promoTarget(linkTargetWords({ href })), href).toBe('shop');
    }
    const welcome = (href: string) => `<p>Welcome aboard, Deniz!</p><p>Your account is ready: you can sign in with your e-mail address.</p><p><a href="${href}" style="background:#0a6;padding:12px">SEE ALL</a></p>`;
    expect((await check(welcome('https://acme.example/our-services'))).category).toBe('hybrid');
    expect((await check(welcome('https://acme.example/account/services'))).category).toBe('transactional');
  });

  it('reads the placeholder in an href that is filled in at send time', () => {
    expect(promoTarget(linkTargetWords({ href: '', placeholders: ['upgrade_url'] }))).toBe('upsell');
    expect(promoTarget(linkTargetWords({ href: '', placeholders: ['referralLink'] }))).toBe('referral');
    expect(promoTarget(linkTargetWords({ href: '', placeholders: ['donate_url'] }))).toBe('donation');
  });

  it('does not take the homepage, a contact address or a mail link for a destination', () => {
    expect(linkTargetWords({ href: '', placeholders: ['shop_url'] })).toBe('');
    expect(linkTargetWords({ href: '', placeholders: ['shop.email'] })).toBe('');
    expect(linkTargetWords({ href: 'mailto:shop@example.com' })).toBe('');
  });

  it('makes a cross-sell line linking to a product a promotion, whatever its words', async () => {
    const v = await signals('<p>Order #4418 has shipped. Tracking number 1Z999AA10123456785.</p><p>Pair it with our <a href="https://x.example/products/linen-pillowcases">matching pillowcases</a>.</p>', 'Your order #4418 has shipped');
    expect(v['core.present']).toBe(true);
    expect(v['promo.any']).toBe(true);
    expect(v['promo.beforeCore']).toBe(false);
  });

  it('does not make a linked product name in an order line a promotion', async () => {
    const v = await signals('<p>Order #4418 has shipped. Tracking number 1Z999AA10123456785.</p><table><tr><td><a href="https://x.example/products/linen-pillowcases">Linen pillowcases</a></td><td>1</td></tr></table>', 'Your order #4418 has shipped');
    expect(v['promo.any']).toBe(false);
  });

  it('reads an upgrade button by its placeholder destination', async () => {
    const v = await signals('<p>Your trial of Acme ends on 12 May; your projects stay available until then.</p><p><a href="{{ upgrade_url }}" style="background:#06c;padding:10px">Choose what happens next</a></p>', 'Your trial ends on 12 May');
    expect(v['promo.upsell']).toBe(true);
  });

  it("reads a text template's address placeholder as its link, judged by where it goes as HTML's is", async () => {
    const text = 'Hello {{ name }},\n\nYour trial of Acme ended yesterday. Your data is kept for 30 days.\n\nChoose what comes next: {{ upgrade_url }}\n\nThe Acme team\n';
    const v = await signals(text, 'Your trial has ended', 'trial_ended.txt');
    expect(v['promo.upsell']).toBe(true);
    // The same line with a link to the reader's own data is no promotion.
    const own = await signals(text.replace('upgrade_url', 'export_url'), 'Your trial has ended', 'trial_ended.txt');
    expect(own['promo.any']).toBe(false);
    // A placeholder for the link's label is no address.
    const parsed = await parseInput('t.txt', Buffer.from('Hello,\n\nSee {{ link_text }} and {U_ACTIVATE} and {{ shopLink }}.\n', 'utf8'));
    expect(buildModel(parsed).links.map((l) => l.placeholders)).toEqual([['U_ACTIVATE'], ['shopLink']]);
  });
});

describe('short notices', () => {
  it('reads a short message that states one fact offers never talk about (activity, a payment) as that notice, and not one whose one fact is an order word', async () => {
    // An opening no lexicon lists, then one statement of activity the reader follows.
    const notice = await signals('<p>Bonvenon al la fotejo. Jen kio okazis hodiaŭ.</p><p>Mario sent you a message.</p><p>Kind regards</p>', undefined, 'photo.html');
    expect(notice['core.present']).toBe(true);
    expect(notice['core.noticeOnly']).toBe(true);
    // A short offer whose only transactional word is an order word is not a notice.
    const offer = await signals('<p>Bonvenon, Anna! La menuo de hodiaŭ estas preta.</p><p>We deliver your order to your door.</p><p>Kind regards</p>', undefined, 'menu.html');
    expect(offer['core.present']).toBe(false);
  });

  it('keeps a discount line whose percentage is a template value an offer, not an order summary label', async () => {
    const v = await signals('<p>Hello {{ $name }}</p><p>Congratulations, you won a discount code with {{ $rate }}% off</p><p><a href="https://lab.example">Visit the site</a></p>', undefined, 'won.blade.php');
    expect(v['promo.any']).toBe(true);
  });
});

describe('notifications', () => {
  it('reads a link to a thread as a notification with no commercial character', async () => {
    const v = await signals('<p>Hi {{ username }},</p><p>{{ author }} posted in a discussion you follow.</p><p><a href="https://forum.example.org/t/sourdough/4711">Open it</a></p>');
    expect(v['core.notification']).toBe(true);
    expect(v['core.noticeOnly']).toBe(true);
    expect(v['evidence.thin']).toBe(false);
  });

  it('reads the topic placeholder of a text template', async () => {
    const v = await signals('Hello {USERNAME},\n\nThere is activity in the forum you watch.\n\n{U_TOPIC}\n', undefined, 'notify.txt');
    expect(v['core.notification']).toBe(true);
  });

  it('reads a placeholder for the post or its writer in a text template, but not a link to a blog post', async () => {
    const forum = await signals('{recipient_display_name},\n\n{poster_display_name} wrote in a discussion you follow: {title}\n\n{url}\n', undefined, 'new_post.txt');
    expect(forum['core.notification']).toBe(true);
    const blog = await signals('<p>Our spring collection is here.</p><p><a href="https://shop.example/blog/posts/spring">Read the post</a></p>');
    expect(blog['core.notification']).toBe(false);
  });

  it('reads a link to one numbered comment, reply or post of a page as the activity a notification points at', async () => {
    const reply = await signals('<p>Hallo Anna,</p><p>Tom hat geschrieben.</p><p><a href="https://blog.example.de/zwetschgen/#comment-2291">Lesen</a></p>');
    expect(reply['core.notification']).toBe(true);
    const forum = await signals('<p>Nuovo messaggio.</p><p><a href="https://forum.example.it/discussione/12#p4471">Leggi</a></p>');
    expect(forum['core.notification']).toBe(true);
    // A page's comment section, unnumbered, is no one's reply.
    const blog = await signals('<p>Our spring collection is here.</p><p><a href="https://shop.example/blog/spring#comments">Join the conversation</a></p>');
    expect(blog['core.notification']).toBe(false);
  });

  it('reads a link to a notification, a task or an incident as the activity a notification points at', async () => {
    for (const href of ['{{ notificationUrl }}', 'https://council.example.gr/notifications/88', 'https://todo.example.it/tasks/12', 'https://status.example.jp/incidents/3']) {
      const v = await signals(`<p>Θέματα που σας αφορούν:</p><p><a href="${href}">Δείτε</a></p>`);
      expect(v['core.notification'], href).toBe(true);
    }
  });

  it('does not take a notification-settings link for a notification', async () => {
    const v = await signals('<p>Spring is here.</p><p><a href="https://x.example/account/notification-settings">Manage notifications</a></p>');
    expect(v['core.notification']).toBe(false);
  });
});

describe('a field read off the recipient\'s record', () => {
  const template = (body: string) => `<p>Hei {{ user.first_name }},</p>${body}<p>Terveisin, palvelu</p>`;

  it('makes a core of a template whatever its wording: a reservation\'s, a certificate\'s, a discussion\'s fields', async () => {
    // (Finnish: no lexicon of graylint's reads these sentences.)
    for (const body of [
      '<p>Varauksesi {{ reservation.code }}: {{ reservation.num_people }} henkeä, {{ reservation.starts_at }}.</p>',
      '<p>Varmenteen {{ certificate.serial_number }} voimassaolo päättyy {{ certificate.validity_end }}.</p>',
      '<p>Keskustelussa <a href="{{ discussion_url }}">{{ discussion_title }}</a> on uusi vastaus.</p>',
    ]) {
      const s = await signals(template(body));
      expect(s['core.present'], body).toBe(true);
      expect(s['evidence.thin'], body).toBe(false);
    }
  });

  it('does not for a person named off the record or a count, nor for a product\'s or a post\'s fields', async () => {
    for (const body of [
      '<p>Kiitos, {{ booking.customer_name }}! Kerro meille kokemuksestasi.</p>',
      '<p>Tänään {{ bookings.total_count }} varausta, ja sinäkin voit liittyä mukaan!</p>',
      '<p>Uusi kirjoitus: {{ post.title }}. Lue lisää blogistamme.</p>',
      '<p>{{ product.name }} on taas saatavilla hintaan {{ product.price }}.</p>',
    ]) {
      expect((await signals(template(body)))['core.present'], body).toBe(false);
    }
  });
});

describe('a deadline of the recipient\'s own record', () => {
  it('reads "your free trial ends soon" as when the trial runs out, and "the sale ends soon" as urgency', async () => {
    const notice = await check('<h1>Your free trial ends soon</h1><p>Your trial ends on 12 May. Unless you cancel before then, your subscription will automatically be charged to your payment method on file.</p>');
    expect(notice.category).toBe('transactional');
    expect(notice.verdicts!.casl!.class).toBe('cem-exempt');
    const sale = await signals('<h1>The sale ends soon</h1><p>Everything in the shop is 30% off until Sunday.</p>');
    expect(sale['promo.any']).toBe(true);
    const read = readText('The sale ends soon', defaultLexicon());
    expect([...read.promo]).toContain('urgency');
    // (An auxiliary between the record and its deadline changes nothing.)
    expect([...readText('Your trial is ending soon', defaultLexicon()).promo]).not.toContain('urgency');
  });
});

describe('a help centre link', () => {
  it('is no shop, whatever its path says; a shop collection still is', async () => {
    const help = await signals('<p>Your workspace is ready. If you need help getting started, read our <a href="https://intercom.help/acme/en/collections/3328649-getting-started">getting-started guides</a> for new teams.</p>');
    expect(help['promo.any']).toBe(false);
    const shop = await signals('<p>Your workspace is ready. While you wait, browse our <a href="https://acme.example/en/collections/summer">summer collection</a> for new teams.</p>');
    expect(shop['promo.any']).toBe(true);
  });
});

describe('a link to the sender\'s app in an app store', () => {
  it('is where the app is installed, not a shop; an offer beside it is still an offer', async () => {
    const welcome = '<p>Welcome to Acme Photos! Your account has been created and you can sign in with your email address.</p>';
    for (const href of ['https://play.google.com/store/apps/details?id=app.acme.photos', 'https://apps.apple.com/us/app/acme-photos/id1613945652']) {
      const app = await signals(`${welcome}<p><a href="${href}">${href}</a></p>`);
      expect(app['promo.any'], href).toBe(false);
    }
    const offer = await signals(`${welcome}<p>Get the app and save 20% on your first print order: <a href="https://play.google.com/store/apps/details?id=app.acme.photos">Google Play</a></p>`);
    expect(offer['promo.any']).toBe(true);
    // Google Play's book and film shelves are a shop.
    const books = await signals(`${welcome}<p><a href="https://play.google.com/store/books/details?id=abc">https://play.google.com/store/books/details?id=abc</a></p>`);
    expect(books['promo.any']).toBe(true);
  });
});

describe('a gift card the recipient holds', () => {
  it('reads the link to that card as the card, and a link to the shop\'s gift-card page in an advertisement as the shop', async () => {
    const held = await check('<p>Your gift card for Acme is active. Keep this email or write down your gift card number: 4XK2 9QPL.</p><p><a href="{{ gift_card.url }}" style="background:#000;padding:10px">View gift card</a></p>');
    expect(held.category).toBe('transactional');
    expect(held.verdicts!.casl!.class).toBe('cem-exempt');
    const ad = await check('<h1>The perfect present</h1><p>Give someone you love the freedom to choose.</p><p><a href="https://acme.example/gift-cards" style="background:#000;padding:10px">Buy a gift card</a></p>');
    expect(ad.category).toBe('marketing');
  });

  it('is what a subject naming the voucher names, not an offer; an offer in that subject still is one', async () => {
    const body = '<p>Congratulations, you have received a gift card worth €25 from Anna, with this message: "Happy birthday!"</p><p>Your gift card code is 4XK2-9QPL. Enter it at checkout to redeem it.</p>';
    const held = await signals(body, 'A gift voucher from Anna');
    expect(held['core.credit']).toBe(true);
    expect(held['subject.promotional']).toBe(false);
    expect(held['promo.any']).toBe(false);
    const eml = (subject: string) => `From: Acme <shop@acme.example>\r\nTo: lea@example.org\r\nSubject: ${subject}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}`;
    expect((await check(eml('A gift voucher from Anna'), 'voucher.eml')).category).toBe('transactional');
    // A discount in the same subject is an offer whatever the body delivers.
    const sale = await signals(body, 'A gift voucher from Anna, and 20% off everything this weekend');
    expect(sale['subject.promotional']).toBe(true);
    expect(sale['promo.any']).toBe(true);
  });
});

describe("an order's summary rows", () => {
  const receipt = (rows: string) => `<p>Hello Mina,</p><p>Thank you for your order 10452. We will let you know when it ships.</p><table><tr><td>Blue mug x 2</td><td>$24.00</td></tr>${rows}</table><p>Kind regards, the Acme team</p>`;

  it('reads a coupon, points or free-delivery row between the totals as value applied to the order, not an offer', async () => {
    for (const rows of [
      '<tr><td>Subtotal</td><td>$24.00</td></tr><tr><td>Coupon used</td><td>-</td></tr><tr><td>Total</td><td>$24.00</td></tr>',
      '<tr><td>Subtotal</td></tr><tr><td>Delivery (free shipping)</td></tr><tr><td>Total amount</td></tr>',
      '<tr><td>Subtotal</td><td>$24.00</td></tr><tr><td>Reward points used: 120</td></tr><tr><td>Total</td><td>$22.80</td></tr>',
    ]) {
      const s = await signals(receipt(rows));
      expect(s['core.present']).toBe(true);
      expect(s['promo.any']).toBe(false);
    }
    // In Japanese and Chinese, as a line of labels or under the totals.
    const ja = await check('<p>この度はご注文いただき、誠にありがとうございます。</p><p>[ご注文番号] [お支払い方法]</p><p>[商品合計金額] [キャンペーン割引] [クーポン利用] [ポイント利用] pt [送料] [ご請求金額]</p>');
    expect(ja.category).toBe('transactional');
    const zh = await signals('<p>感谢您的订购，您的订单已确认。</p><p>订单号： 商品名： 数量： 个 金额：￥</p><p>小 计 ￥ 折 扣 ￥ 运 费 ￥ 手续费 ￥ 消费税 ￥</p><p>所用积分 pt 本次增加的积分 pt 拥有积分 pt</p>');
    expect(zh['promo.any']).toBe(false);
  });

  it('still reads an offer near the totals: a percentage or an amount off, a printed code, a sentence, a row far from them', async () => {
    for (const rows of [
      '<tr><td>Subtotal</td><td>$24.00</td></tr><tr><td>Next time: 15% off with your coupon</td></tr><tr><td>Total</td><td>$24.00</td></tr>',
      '<tr><td>Subtotal</td><td>$24.00</td></tr><tr><td>Your coupon for next time: MUG2026</td></tr><tr><td>Total</td><td>$24.00</td></tr>',
      '<tr><td>Total</td><td>$24.00</td></tr><tr><td>Earn double points on your next order. Join our rewards club today!</td></tr>',
    ]) {
      expect((await signals(receipt(rows)))['promo.any']).toBe(true);
    }
    const far = await signals(receipt('<tr><td>Total</td><td>$24.00</td></tr>') + '<p>Track your parcel online.</p><p>Questions? Reply to this email.</p><p>Free gift wrapping – bonus points</p>');
    expect(far['promo.any']).toBe(true);
  });
});

describe('a confirmation of joining a mailing list', () => {
  const joined = '<p>Thank you for subscribing to our newsletter! Your subscription has been confirmed.</p>';
  it('says what the list will bring without offering it', async () => {
    const s = await signals(`${joined}<p>You will receive updates on new products, special offers and discounts.</p>`);
    expect(s['core.subscription']).toBe(true);
    expect(s['promo.any']).toBe(false);
  });

  it('still offers what it hands over or links to, and a paid plan is no list', async () => {
    expect((await signals(`${joined}<p>Here is 10% off your next order with the code WELCOME10.</p>`))['promo.any']).toBe(true);
    expect((await signals(`${joined}<p>Discover <a href="https://shop.example/new">our new products and special offers</a>.</p>`))['promo.any']).toBe(true);
    const plan = await signals('<p>Your subscription to the Pro plan has been confirmed.</p><p>You will receive updates on new products, special offers and discounts.</p>');
    expect(plan['promo.any']).toBe(true);
  });
});

describe('a notification with its settings line', () => {
  it('is still a notice with no commercial character when it says the recipient subscribed to the topic', async () => {
    const html = '<p>Hi Lea,</p><p>You have subscribed to the topic Winter hikes, so we let you know when it gets a reply.</p><p>Omar replied to your post in the topic: <a href="https://forum.example.org/t/88#p4">read the reply</a>.</p><p>Forum team</p>';
    const s = await signals(html);
    expect(s['core.notification']).toBe(true);
    expect(s['core.subscription']).toBe(true);
    expect(s['core.noticeOnly']).toBe(true);
    expect((await check(html)).verdicts!.casl!.class).toBe('not-cem');
  });
});

describe('a record and what became of it (the lexicons\' states)', () => {
  it('makes a core of a decision on the recipient\'s application, a kind that alone says too little', async () => {
    const html = '<p>Hello Sam,</p><p>Your application for a garden plot has been approved.</p><p>You can now sign in and choose where to grow.</p>';
    const r = await check(html);
    const s = await signals(html);
    expect(s['core.present']).toBe(true);
    expect(s['core.request']).toBe(true);
    expect(r.category).toBe('transactional');
  });

  it('leaves a password reset a security notice when it says the request was received', async () => {
    const s = await signals('<p>We received a request to reset the password of your account.</p><p><a href="https://x.example/reset/abc">Reset password</a></p>');
    expect(s['core.securityOnly']).toBe(true);
  });
});

describe('a run of headed articles', () => {
  const article = (title: string, text: string) => `<h3>${title}</h3><p>${text}</p>`;
  const issue = [
    article('Version 2.4 released', 'The second update of the stable release is out today. It mainly fixes problems found since the last update, and brings a few security corrections with it, so please upgrade soon.'),
    article('Mentors wanted for the summer programme', 'The project takes part in the summer programme again this year. Students can apply from next month, and we are looking for people who would like to mentor one of them.'),
    article('Conference report', 'Several members met at the spring conference last weekend. They gave two talks, ran a booth with installation media, and answered many questions from visitors new to the project.'),
  ].join('');

  it('reads three or more, in any wording, as a newsletter issue: no welcome or security core in it', async () => {
    const s = await signals(`<p>Welcome to this month's edition.</p>${issue}`);
    expect(s['core.present']).toBe(false);
    expect(s['newsletter']).toBe(true);
    const r = await check(`<p>Welcome to this month's edition.</p>${issue}`);
    expect(r.category).toBe('marketing');
    expect(r.verdicts?.gdpr?.class).toBe('direct-marketing');
  });

  it('leaves a notice with one or two headed sections, or its labelled rows, a notice', async () => {
    const notice = '<p>Hello Ana,</p><p>Your password was changed on 3 May at 10:42. If this was not you, reset it now.</p>';
    const two = `${notice}${article('What happened', 'Someone signed in to your account from a new device in Lisbon and changed the password a few minutes later, using the reset link sent to this address.')}${article('What to do', 'If it was you, there is nothing to do. If it was not, reset your password with the link below and review the devices signed in to your account.')}`;
    const s = await signals(two);
    expect(s['core.present']).toBe(true);
    expect(s['newsletter']).toBe(false);
  });
});

describe('thin evidence', () => {
  it('never lets a missing core mean "not commercial": cautious class, low confidence, a finding that says why', async () => {
    const r = await check('<p>Hi {{ name }},</p><p>{{ sender }} thought you would like this: {{ link }}</p>');
    expect(r.category).toBe('marketing');
    expect(r.stream).toBe('marketing');
    expect(r.verdicts!.casl.class).toBe('cem');
    expect(r.verdicts!.gdpr.class).toBe('direct-marketing');
    expect(r.verdicts!['can-spam'].class).toBe('commercial');
    expect(r.confidence).toBe('low');
    for (const law of ['can-spam', 'casl', 'gdpr'] as const) expect(r.verdicts![law].confidence).toBe('low');
    const f = r.findings.find((x) => x.ruleId === 'graylint/undetermined');
    expect(f?.message).toContain('no promotion');
    expect(f?.message).toContain('burden on the sender');
  });

  it('does not call a message transactional from the part it read when a limit cut the rest', async () => {
    const html = `<h1>Reset your password</h1><p>We received a request to reset the password of your account. <a href="https://x.example/reset/abc">Reset password</a></p>${'<p>More text follows here.</p>'.repeat(400)}<p>Flash sale: 50% off everything</p>`;
    const r = await checker.checkBuffer('t.html', Buffer.from(html), { limits: { maxBodyChars: 2000 } });
    expect(r.findings.map((x) => x.ruleId)).toContain('graylint/limit-reached');
    expect(r.stream).toBe('marketing');
    expect(r.confidence).toBe('low');
    expect(r.findings.find((x) => x.ruleId === 'graylint/undetermined')?.message).toContain('not read');
  });

  it('reads a welcome with no offer and no login details with medium confidence, and says why', async () => {
    const html = '<h1>Welcome to Acme!</h1><p>Thanks for creating your account. We are glad to have you with us.</p><p><a href="https://acme.example/">Visit Acme</a></p>';
    const r = await check(html);
    expect(r.category).toBe('transactional');
    expect(r.confidence).toBe('medium');
    expect(r.doubts?.map((d) => d.id)).toEqual(['category/welcome-without-login-details']);
    // It quotes the welcome it doubts.
    expect(r.doubts?.[0]?.evidence?.text).toMatch(/Welcome to Acme|Thanks for creating your account/);
    for (const law of ['can-spam', 'casl', 'gdpr'] as const) expect(r.verdicts![law].confidence).toBe('medium');
    expect(r.verdicts!.casl.doubts?.map((d) => d.id)).toContain('category/welcome-without-login-details');
    const text = formatStylish({ version: 1, results: [r] }, { color: false });
    expect(text).toMatch(/medium confidence/);
    expect(text).toMatch(/doubt: a welcome with no offer recognised .* \(category\/welcome-without-login-details\)/);
  });

  it('treats a notice whose body links are tagged for a marketing campaign as marketing under CASL and the EU, with a doubt; not one whose footer alone is', async () => {
    const tagged = await check('<h1>Set your link permissions</h1><p>Your account is ready. You can now decide who may view your shared documents.</p><p><a href="https://app.example.com/settings/links?utm_source=email&utm_campaign=onboarding-2" style="background:#000;padding:10px">Open my account settings</a></p>');
    expect(tagged.category).toBe('transactional');
    expect(tagged.doubts?.map((d) => d.id)).toContain('category/campaign-tagged-links');
    expect(tagged.doubts?.find((d) => d.id === 'category/campaign-tagged-links')?.evidence?.text).toBe('Open my account settings');
    expect(tagged.verdicts!.casl.confidence).toBe('medium');
    // The sender's tool files it under a campaign: not shown to be solely transactional (CASL s.13), nor a neutral service message.
    expect(tagged.verdicts!.casl.class).toBe('cem');
    expect(tagged.verdicts!.gdpr.class).toBe('direct-marketing');
    expect(tagged.stream).toBe('marketing');
    // A campaign name that files the message as a notice is analytics naming, not a campaign.
    const named = await check('<h1>Reset your password</h1><p>We received a request to reset the password of your account.</p><p><a href="https://x.example/reset/abc?utm_source=email&utm_campaign=password-reset">Reset password</a></p><p>If you didn\'t request this, ignore this email.</p>');
    expect(named.verdicts!.casl.class).toBe('not-cem');
    expect(named.stream).toBe('transactional');
    const footer = await check('<h1>Set your link permissions</h1><p>Your account is ready. You can now decide who may view your shared documents.</p><p><a href="https://app.example.com/settings/links" style="background:#000;padding:10px">Open my account settings</a></p><footer><p>Acme Inc., 1 Main St, Springfield. <a href="https://twitter.com/acme?utm_campaign=footer">Twitter</a></p></footer>');
    expect(footer.doubts?.map((d) => d.id) ?? []).not.toContain('category/campaign-tagged-links');
  });

  it('doubts a notice most of whose body no lexicon reads (a promotion in unknown words would go unseen), not one it reads', async () => {
    const shipped = '<h1>Your order has shipped</h1><p>Order #4821 is on its way. Track your parcel: <a href="https://shop.example/track/4821">track</a></p>';
    // Two paragraphs, longer than the notice, in words no lexicon lists.
    const prose = '<p>Moonlit herons wade along the quiet river bend, where willows lean and pebbles glint beneath the slow green water.</p><p>Beyond the orchard wall, lanterns sway over cobbled lanes and the baker hums an old tune while the kettles whistle.</p>';
    const mostlyUnknown = await checker.checkBuffer('t.html', Buffer.from(shipped + prose, 'utf8'), { explain: true });
    expect(mostlyUnknown.category).toBe('transactional');
    expect(mostlyUnknown.signals!['body.unrecognisedShare']).toBeGreaterThan(0.5);
    expect(mostlyUnknown.doubts?.map((d) => d.id)).toContain('category/body-mostly-unrecognised');
    expect(mostlyUnknown.verdicts!.casl.confidence).toBe('medium');
    // It quotes the longest text it could not read: where a person starts reading.
    const doubt = mostlyUnknown.verdicts!.casl.doubts?.find((d) => d.id === 'category/body-mostly-unrecognised');
    expect(doubt?.evidence?.text).toMatch(/^Beyond the orchard wall/);
    expect(doubt?.evidence?.location.line).toBe(1);
    expect(formatStylish({ version: 1, results: [mostlyUnknown] }, { color: false })).toMatch(/doubt: .*\(category\/body-mostly-unrecognised\)\n\s+body 1:\d+\s+“Beyond the orchard wall/);
    // The class stands: a doubt only asks a person to read it.
    expect(mostlyUnknown.verdicts!.casl.class).toBe('cem-exempt');
    const read = await check(shipped + '<p>Thanks for shopping with us. Your order will arrive within 3 business days.</p>');
    expect(read.doubts?.map((d) => d.id) ?? []).not.toContain('category/body-mostly-unrecognised');
    expect(read.verdicts!.casl.confidence).toBe('high');
  });

  it('keeps high confidence and no such finding where the evidence is clear', async () => {
    const r = await check('<h1>Reset your password</h1><p>We received a request to reset the password of your account. <a href="https://x.example/reset/abc">Reset password</a></p><p>If you didn\'t request this, ignore this email.</p>');
    expect(r.verdicts!.casl.class).toBe('not-cem');
    expect(r.confidence).toBe('high');
    expect(r.verdicts!.casl.confidence).toBe('high');
    expect(r.findings.map((x) => x.ruleId)).not.toContain('graylint/undetermined');
  });

  it('reads a short message that states one security fact as that notice', async () => {
    const r = await check('<p>Hello {{ user }},</p><p>The e-mail address of your profile was changed to {{ new_email }}.</p><p>If you did not request this change, please contact the administrator.</p>');
    expect(r.category).toBe('transactional');
    expect(r.verdicts!.casl.class).toBe('not-cem');
    expect(r.findings.map((x) => x.ruleId)).not.toContain('graylint/undetermined');
  });

  it('takes a placeholder for one record of the recipient (an order number, a reset link) as a transaction fact', async () => {
    const v = await signals('<p>Hello {firstname},</p><p>Thanks for shopping with us.</p><p>Your order {order_name} was placed on {date}.</p>');
    expect(v['core.present']).toBe(true);
    expect(v['evidence.thin']).toBe(false);
    const w = await signals('<p>Hello {firstname},</p><p>Thanks for shopping with us.</p><p>See you soon at {shop_name}.</p>');
    expect(w['core.present']).toBe(false);
  });

  it('takes an amount stated in a sentence that offers nothing as a transaction fact', async () => {
    const v = await signals('<p>Hello,</p><p>This email confirms that you have paid Example Ltd. $12.00 using your card.</p>', 'Receipt for your payment');
    expect(v['core.present']).toBe(true);
  });

  it('treats a transactional subject over a body with no transaction as a pretext', async () => {
    const v = await signals('<h1>Winter sale: up to 50% off everything</h1><p>Coats and boots at half price until Sunday.</p>', 'Your order confirmation');
    expect(v['subject.transactional']).toBe(true);
    expect(v['core.present']).toBe(false);
  });
});

describe('coupon codes filled in at send time', () => {
  it('reads a short "your code is {{ coupon_code }}" line as handing out a coupon', async () => {
    const v = await signals('<p>You are now subscribed to our newsletter.</p><p>Ihr Gutscheincode lautet: {{var subscriber.coupon_code}}</p>', 'Newsletter subscription confirmed');
    expect(v['promo.any']).toBe(true);
  });

  it('still reads a bare "Discount" row of an order summary as a label', async () => {
    const v = await signals('<p>Your order #77 is confirmed.</p><table><tr><td>Discount</td><td>-$5.00</td></tr><tr><td>Total</td><td>$45.00</td></tr></table>', 'Order confirmation');
    expect(v['promo.any']).toBe(false);
  });
});

describe('social labels', () => {
  it('does not read "Spread the word:" over social icons as a referral offer', async () => {
    const v = await signals('<p>Your order #4417 has shipped. Tracking number 1Z999AA10123456784.</p><p>Spread the word:</p><p><a href="https://www.facebook.com/example"><img src="f.png" alt="Facebook"></a> <a href="https://twitter.com/example"><img src="t.png" alt="Twitter"></a> help@example.com</p>', 'Your order #4417 has shipped');
    expect(v['promo.any']).toBe(false);
  });

  it('still reads a share ask with a reward as a referral', async () => {
    const v = await signals('<p>Your order #4417 has shipped.</p><p>Refer a friend: $10</p><p><a href="https://www.facebook.com/sharer">Facebook</a></p>', 'Your order #4417 has shipped');
    expect(v['promo.any']).toBe(true);
  });
});

describe("the sender's own ad label", () => {
  it('makes a message without offer words promotional when it opens a block', async () => {
    const v = await signals('<p>Advertisement</p><h1>The story of our tea</h1><p>Every spring our buyer walks the estates.</p>');
    expect(v['promo.selfDeclared']).toBe(true);
  });

  it('is not read into a privacy sentence', async () => {
    const v = await signals('<p>Your order #12 is confirmed.</p><p>We never share your address with third parties for advertising.</p>');
    expect(v['promo.selfDeclared']).toBe(false);
  });
});

describe('language files', () => {
  it("keeps a PHP language file's multi-word strings visible, at their places", () => {
    const src = [
      '<?php',
      '// Text',
      "$_['text_subject'] = '%s - Order %s';",
      "$_['text_greeting'] = 'Thank you for your order, it will be processed once payment is confirmed.';",
      "$_['text_link'] = 'To view your order click on the link below:';",
      "$_['text_key'] = 'single';",
      '',
    ].join('\n');
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(masked).toContain('Thank you for your order, it will be processed once payment is confirmed.');
    expect(masked).not.toContain('text_greeting');
    expect(masked).not.toContain('single');
  });

  it('keeps the strings of a language written without spaces, and drops the markup and placeholders inside strings', () => {
    const src = [
      '<?php',
      'return [',
      "    'dear' => 'Dear :customer_name,',",
      "    'thanks' => 'If you need help, write to <a href=\":link\" style=\":style\">:email</a> any time.<br/>Thank you!',",
      "    'description' => 'おめでとうございます！ニュースレターへのご参加を歓迎します。',",
      "    'key' => 'single',",
      '];',
      '',
    ].join('\n');
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).toContain('ニュースレターへのご参加を歓迎します');
    expect(masked).toMatch(/If you need help, write to\s+any time\.\s+Thank you!/);
    expect(masked).not.toMatch(/href|style|customer_name|:email|single/);
    // A JavaScript module's strings too.
    expect(scriptStringsText("export default { intro: '新しいコメントが届きました' };")).toContain('新しいコメントが届きました');
  });

  it('reads a string that runs over several lines as one, with the placeholders of its own template syntax dropped', () => {
    const src = [
      '<?php',
      'return array (',
      "  'subject' => '{$site_name}: your order {$order.order_sn} has shipped',",
      "  'content' => '<p class=\"mb10 bold\">Dear {$order.buyer_name},</p>",
      "<p>The shop {$order.seller_name} has shipped your order {$order.order_sn}.</p>",
      "<p>{if $order.express_no}Tracking number: {$order.express_no|escape}{/if}</p>',",
      ');',
      '',
    ].join('\n');
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(masked).toMatch(/The shop\s+has shipped your order\s+\./);
    expect(masked).toContain('Tracking number:');
    expect(masked).not.toMatch(/mb10|bold|buyer_name|order_sn|express_no|\{|\}/);
    // A tag that runs over two lines of the string keeps its line break: later lines stay where they are.
    const split = src.replace('<p class="mb10 bold">', '<p class="mb10"\n   style="font-weight: bold">');
    const splitMasked = maskTemplate(split).masked;
    expect(splitMasked.split('\n').length).toBe(split.split('\n').length);
    expect(splitMasked.split('\n').findIndex((l) => l.includes('Tracking number:'))).toBe(split.split('\n').findIndex((l) => l.includes('Tracking number:')));
  });

  it("reads the string whose key names the subject as the subject line, not as body text", async () => {
    const src = [
      '<?php',
      '// Text',
      "$_['text_subject']  = '%s - Your order has been shipped';",
      "$_['text_greeting'] = 'Thank you for your order, it is on its way to you.';",
      "$_['text_footer']   = 'Please reply to this e-mail if you have any questions about your delivery.';",
      '',
    ].join('\n');
    const parsed = await parseInput('order_shipped.php', Buffer.from(src, 'utf8'));
    expect(parsed.subject?.text).toMatch(/Your order has been shipped/);
    expect(parsed.subject?.location).toMatchObject({ line: 3 });
    const model = buildModel(parsed);
    expect(model.blocks.map((b) => b.text).join(' ')).not.toMatch(/shipped/);
    expect(model.blocks.map((b) => b.text).join(' ')).toMatch(/Thank you for your order/);
    // define('EMAIL_TEXT_SUBJECT', …), as osCommerce and Zen Cart write them, too.
    const defined = await parseInput('welcome.php', Buffer.from("<?php\ndefine('EMAIL_TEXT_SUBJECT', 'Welcome to our store');\ndefine('EMAIL_TEXT_BODY', 'Your account has been created and you can now sign in.');\ndefine('EMAIL_TEXT_HELP', 'If you need any help with our services, please write to our customer service team.');\n", 'utf8'));
    expect(defined.subject?.text).toMatch(/Welcome to our store/);
  });

  it("finds the subject of a PHP language-file cut that lost its opening tag, and reads no code as copy", async () => {
    const src = "$_['text_subject'] = 'Your order has been shipped';\n$_['text_greeting'] = 'Thank you for your order from our shop.';\n$_['text_link'] = 'To view your order click on the link below:';\n$_['text_footer'] = 'Please reply to this e-mail if you have any questions about your delivery.';\n";
    const parsed = await parseInput('order_shipped.php', Buffer.from(src, 'utf8'));
    expect(parsed.subject?.text).toMatch(/Your order has been shipped/);
    const text = buildModel(parsed).blocks.map((b) => b.text).join(' ');
    expect(text).toMatch(/Thank you for your order from our shop/);
    expect(text).not.toMatch(/text_greeting|\$_/);
  });

  it("reads a Laravel notification's mail: its subject, its lines and its action's label, and no code", async () => {
    const src = [
      '<?php',
      'namespace App\\Notifications;',
      '',
      'use Illuminate\\Notifications\\Messages\\MailMessage;',
      '',
      'class OrderShipped extends Notification',
      '{',
      '    public function toMail($notifiable)',
      '    {',
      "        $url = url('/orders/'.$this->order->id);",
      '        return (new MailMessage)',
      "            ->subject(__('Your order has shipped'))",
      "            ->line('Your parcel is on its way and should arrive within three days.')",
      "            ->action(__('Track your parcel'), $url)",
      "            ->line('Thank you for shopping with us!');",
      '    }',
      '}',
      '',
    ].join('\n');
    const parsed = await parseInput('OrderShipped.php', Buffer.from(src, 'utf8'));
    expect(parsed.subject?.text).toMatch(/^Your order has shipped/);
    const text = buildModel(parsed).blocks.map((b) => b.text).join(' ');
    expect(text).toMatch(/Your parcel is on its way and should arrive within three days/);
    expect(text).toMatch(/Track your parcel/);
    expect(text).not.toMatch(/MailMessage|toMail|notifiable|orders/);
  });

  it('still blanks ordinary PHP code', () => {
    const tag = '<?php echo $name; ?>';
    expect(maskTemplate(`<p>Hello ${tag}</p>`).masked).toBe(`<p>Hello ${' '.repeat(tag.length)}</p>`);
  });
});

describe('raw message or text template', () => {
  it('reads a text template that opens with its own Subject: line as a template', () => {
    expect(looksLikeRawMessage('notify.txt', Buffer.from('Subject: New reply\n\nHello {USERNAME},\n'))).toBe(false);
  });

  it('still reads a headers-and-body text file as a raw message', () => {
    expect(looksLikeRawMessage('m.txt', Buffer.from('From: a@example.com\nSubject: Hi\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\nBody\n'))).toBe(true);
  });
});

describe('pack confidence', () => {
  it('refuses a classify test with an unknown confidence', () => {
    const dir = mkdtempSync(join(tmpdir(), 'graylint-pack-'));
    const file = join(dir, 'p.yaml');
    writeFileSync(file, "id: p\nname: P\ndecides: p\nclasses: [a]\nclassify:\n  - id: p/x\n    when: \"true\"\n    class: a\n    reason: r\n    confidence: sure\n");
    expect(() => loadPackFile(file)).toThrow(PackError);
    expect(() => loadPackFile(file)).toThrow(/confidence must be one of low, medium, high/);
  });
});

describe('mail sent on a third person\'s behalf', () => {
  it('a topic a friend forwards is no notification the recipient follows, and an invitation link no verification of their own account', async () => {
    const shared = await signals('<p>Hello {TO_USERNAME},</p><p>{FROM_USERNAME} thought you might be interested in this topic: <a href="{U_TOPIC}">{TOPIC_TITLE}</a></p>', '{TOPIC_TITLE}');
    expect(shared['from.onBehalf']).toBe(true);
    expect(shared['core.noticeOnly']).toBe(false);
    const invite = await signals('<p>{{ referrer_name }} wants you to join them on Acme.</p><p><a href="{{ activate_url }}">Complete registration</a></p>', 'Join Acme');
    expect(invite['from.onBehalf']).toBe(true);
    expect(invite['core.securityOnly']).toBe(false);
  });

  it('the recipient\'s own activation link is still a verification notice', async () => {
    const own = await signals('<p>Hello {{ username }},</p><p>Please activate your account: <a href="{{ activate_url }}">Activate</a></p>', 'Activate your account');
    expect(own['from.onBehalf']).toBe(false);
    expect(own['core.securityOnly']).toBe(true);
  });
});

describe('how a message opens', () => {
  it('skips a greeting whose name was a placeholder ("Beste {{ $name }}") to find the statement that opens the message', async () => {
    const s = await signals('# Beste {{ $item->name }}\n\nNamens de vereniging willen we u hartelijk bedanken voor uw recente donatie.\n\nNogmaals bedankt.', undefined, 'thanks.blade.php');
    expect(s['core.present']).toBe(true);
    // A heading of two Chinese "words" is no greeting: it still opens the message.
    const cart = await signals('<p>您好,</p><p>您在 的購物車</p><p>感謝您的光臨。 您似乎尚未完成購買。</p>');
    expect(cart['promo.cart']).toBe(true);
  });

  it('skips an exclaimed greeting ("¡Hola!") to find the statement that opens the message', async () => {
    const s = await signals('<p>¡Hola!</p><p>Te has suscrito exitosamente. Pronto recibirás novedades y actualizaciones.</p>');
    expect(s['core.present']).toBe(true);
    expect(s['evidence.thin']).toBe(false);
  });

  it('still reads an exclaimed line that states something as the opening', async () => {
    const s = await signals('<p>Spring sale!</p><p>Te has suscrito exitosamente. Pronto recibirás novedades y actualizaciones.</p>');
    expect(s['core.present']).toBe(false);
  });

  it('does not take an image without alt text for the opening', async () => {
    const s = await signals('<p><img src="logo.png"></p><p>Selam,</p><p>Bülten aboneliği karşılığında, size aşağıdaki kuponu sunmaktan mutluluk duyuyoruz: {discount}</p>', undefined, 't.txt');
    expect(s['core.subscription']).toBe(true);
    expect(s['core.present']).toBe(true);
  });
});

describe('a notice about a list subscription', () => {
  it('reads "newsletter" in the subscription sentence as the list it is about, not as an issue of it', async () => {
    const s = await signals('<p>Hello,</p><p>Thank you for subscribing to our newsletter. We are pleased to offer you the following voucher: {discount}</p>');
    expect(s['newsletter']).toBe(false);
    expect(s['core.present']).toBe(true);
    expect((await check('<p>Hello,</p><p>Thank you for subscribing to our newsletter. We are pleased to offer you the following voucher: {discount}</p>')).category).toBe('hybrid');
  });

  it('reads a confirmation of joining or leaving a list as a subscription notice, in several languages', async () => {
    // Joining is subscription wording; leaving is a kind of its own (unsubscribed).
    for (const [html, file, kind] of [
      ['<p>Hi,</p><p>You have been unsubscribed from our newsletter. You will not receive further issues.</p>', 't.html', 'core.unsubscribed'],
      ['<p>הי,</p><p>תודה שנרשמת לידיעון שלנו.</p>', 't.html', 'core.subscription'],
      ['<p>您好，</p><p>您已成功订阅我们的时事通讯。</p>', 't.html', 'core.subscription'],
      ['<p>Уважаемый пользователь,</p><p>Вы успешно отписались от нашей рассылки.</p>', 't.html', 'core.unsubscribed'],
    ] as const) {
      const r = await check(html, file);
      expect(r.category, html).toBe('transactional');
      const s = await signals(html, undefined, file);
      expect(s[kind], html).toBe(true);
      expect(s['newsletter'], html).toBe(false);
    }
  });

  it('reads a short heading over the subscription sentence ("Newsletter subscription") as naming the list too', async () => {
    const html = '<p>Hello,</p><h2>Newsletter subscription</h2><p>Thank you for subscribing to our newsletter. We are pleased to offer you the following voucher: {discount}</p>';
    expect((await signals(html))['core.present']).toBe(true);
    expect((await check(html)).category).toBe('hybrid');
  });

  it('still reads newsletter wording elsewhere as an issue', async () => {
    const s = await signals('<h1>Our newsletter</h1><p>Read the latest articles from the blog.</p><p>Thank you for subscribing.</p>');
    expect(s['newsletter']).toBe(true);
  });

  // An issue whose articles are about passwords or invoices carries no T/R content of the reader's own.
  const ISSUE = '<h1>The Security Newsletter, May</h1><p>In this issue: our favourite tools and a reader question.</p>'
    + '<h2>Tip of the month</h2><p>Use a password manager and never reuse a password on two sites: one breach exposes them all.</p>'
    + '<p>Our new add-on scans your downloads. Get it now with 30% off.</p>';

  it('reads password or invoice topics in a newsletter issue as its articles, not as a T/R core', async () => {
    const s = await signals(ISSUE);
    expect(s['core.present']).toBe(false);
    expect((await check(ISSUE)).category).toBe('marketing');
  });

  it('keeps the core of an issue that opens with the reader\'s own record, and of mail about joining the list', async () => {
    const opensWithRecord = '<p>Your password was changed on 3 May. If this was not you, contact us.</p>' + ISSUE.replace('<h1>The Security Newsletter, May</h1>', '');
    expect((await signals(opensWithRecord))['core.present']).toBe(true);
    const welcome = '<p>Welcome to the Security Newsletter! You are now subscribed.</p><p>In each issue: tips on keeping your password safe.</p><p>Get our add-on with 30% off.</p>';
    expect((await signals(welcome))['core.present']).toBe(true);
  });
});

describe('Chinese and Japanese text', () => {
  it('reads 劵, the common miswriting of 券, as 券', async () => {
    const s = await signals('<p>恭喜!</p><p>你的朋友 已经在下了他/她的第一个订单了！</p><p>我们将会送您一张价值 {voucher} 的购物礼劵以答谢对我们的支持！</p>');
    expect(s['promo.any']).toBe(true);
  });

  it('takes full-width punctuation for the end of a sentence, so a short coupon sentence is no row label', async () => {
    const s = await signals('<p>送您一张礼券！</p>');
    expect(s['promo.any']).toBe(true);
    const row = await signals('<p>礼券</p>');
    expect(row['promo.any']).toBe(false);
  });
});

describe('Hebrew and Arabic words', () => {
  const lexicon = defaultLexicon();
  const phrases = (text: string) => lexicon.match(text).map((h) => `${h.lang}:${h.phrase}`);

  it('finds a phrase after the letters joined to it ("the", "and", "to the")', () => {
    expect(phrases('אנו שמחים להציע לך את השובר הבא')).toContain('he:שובר');
    expect(phrases('استمتع بالتخفيضات')).toContain('ar:تخفيضات');
  });

  it('reads no joined prefix into a word of another language, and none into a stem too short to be one', () => {
    expect(phrases('השובר').every((p) => p.startsWith('he:'))).toBe(true);
    expect(phrases('הה')).toEqual([]);
    // A word listed as it stands is read as itself: שדרגו ("upgrade") is not ש + דרגו ("rate").
    expect(lexicon.match('שדרגו עכשיו').map((h) => h.category)).not.toContain('review');
  });

  it('folds the Arabic ة/ه and ى/ي that writers interchange', () => {
    expect(phrases('لقد انشئنا قسيمه شرائيه خاصه لك')).toContain('ar:قسيمة شرائية');
  });
});

describe('a courtesy line is no transaction', () => {
  it('reads "Thanks for your order." before a next-order coupon as marketing: nothing of the order is stated', async () => {
    const r = await check('<p>Hi,</p><p>Thanks for your order.</p><p>We would like to give you a {amount}% discount on your next order. This offer is valid for {days} days, do not miss it!</p>');
    expect(r.category).toBe('marketing');
  });

  it('takes a short line that states the payment\'s state ("received") for a core, not for a courtesy', async () => {
    // (No number, item or amount: the state said outright is the fact.)
    const r = await check('<p>Hi,</p><p>Your payment for the course was received.</p><p>Many thanks for your support.</p>');
    expect(r.category).toBe('transactional');
    expect(r.verdicts?.casl?.class).toBe('cem-exempt');
  });

  it('still takes an order line with its number for a core', async () => {
    const r = await check('<p>Hi,</p><p>Thanks for your order {order_name}.</p><p>We would like to give you a {amount}% discount on your next order.</p>');
    expect(r.category).toBe('hybrid');
  });
});

describe('a weak word does not decide alone', () => {
  const notice = '<p>Hello Dana,</p><p>You have a new private message from Omar in the members area. Read it here: <a href="https://forum.example.org/messages/88">open the message</a>.</p>';

  it('reads one generic word on a short plain line, with nothing else promotional, as a label', async () => {
    const s = await signals(`${notice}<p>Members only.</p>`);
    expect(s['promo.any']).toBe(false);
    expect(s['promo.commercial']).toBe(false);
  });

  it('still reads the same word as promotion when it is a heading, carries a number, or is not alone', async () => {
    expect((await signals(`${notice}<h3>Members only</h3>`))['promo.any']).toBe(true);
    expect((await signals(`${notice}<p>Members only: 20% off.</p>`))['promo.any']).toBe(true);
    expect((await signals(`${notice}<p>Members only.</p><p>Use code SAVE10 for 10% off your next order.</p>`))['promo.count']).toBe(2);
  });

  it('reads two sentences as copy, not a label, however few words CJK text counts', async () => {
    const shipped = '<p>好消息：您的订单 48213 已发出。运单号：SF1234567890123。预计送达：3月12日。</p>';
    const line = await signals(`${shipped}<p><a href="https://shop.example.com/collections/autumn">新品上架：秋季系列已到货。快来看看。</a></p>`, '您的订单 48213 已发货');
    expect(line['promo.commercial']).toBe(true);
  });
});
