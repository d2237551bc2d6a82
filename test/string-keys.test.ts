/**
 * A translation file's keys name what its mail is for (src/input/string-keys.ts,
 * src/signals/key-purposes.ts): evidence in English identifiers, whatever language the strings are in.
 */
import { describe, expect, it } from 'vitest';
import { stringKeys, translationCallKeys } from '../src/input/string-keys.js';
import { keyPurposes } from '../src/signals/key-purposes.js';
import { createChecker } from '../src/check.js';

const checker = createChecker({ fallback: null });
/** The core kinds the keys name, in the order first named. */
const keyPurposeKinds = (keys: string[]) => [...keyPurposes(keys).keys()];
const check = (file: string, text: string) => checker.checkBuffer(file, Buffer.from(text, 'utf8'));

describe('the keys of a translation file', () => {
  it('are read in every format graylint reads strings from', () => {
    expect(stringKeys('mailer:\n  password_reset:\n    subject: "Réinitialisation"\n')).toEqual(['mailer', 'password_reset', 'subject']);
    expect(stringKeys('{\n  "email-invite-subject": "x",\n  "email-invite-text": "y"\n}')).toEqual(['email-invite-subject', 'email-invite-text']);
    expect(stringKeys("<?php\nreturn [\n  'mail_activity_open' => 'Offen',\n];")).toEqual(['mail_activity_open']);
    expect(stringKeys("<?php\n$_['text_subject'] = 'x';\ndefine('TEXT_EMAIL_ORDER_SHIPPED', 'y');")).toEqual(['text_subject', 'TEXT_EMAIL_ORDER_SHIPPED']);
    expect(stringKeys('passwordChangeRequired-title = Αλλάξτε τον κωδικό σας\n')).toEqual(['passwordChangeRequired-title']);
    expect(stringKeys('msgctxt "order_confirmation"\nmsgid "Thanks"\nmsgstr "Danke"\n')).toEqual(['order_confirmation']);
    // (A URL is no key.)
    expect(stringKeys('https://example.com/x\n')).toEqual([]);
  });

  it('name a transactional purpose only with what became of the record, and none where any key names an offer or a list', () => {
    expect(keyPurposeKinds(['passwordChangeRequired-title', 'passwordChangeRequired-body'])).toEqual(['password']);
    expect(keyPurposeKinds(['task_overdue_subject', 'task_overdue_body'])).toEqual(['notification']);
    expect(keyPurposeKinds(['last_3_days_subscription_subject', 'subscription_expiring_line1'])).toContain('subscription');
    expect(keyPurposeKinds(['order_shipped_subject'])).toEqual(expect.arrayContaining(['order', 'shipping']));
    expect(keyPurposeKinds(['application_sent', 'application_sent_body'])).toEqual(['notification']);
    expect(keyPurposeKinds(['export_available.subject'])).toEqual(['notification']);
    expect(keyPurposeKinds(['login_code_subject'])).toEqual(['verification']);
    expect(keyPurposeKinds(['inactivity_warning'])).toEqual(['account']);
    // (A request or a report with nothing said of it is no fact.)
    expect(keyPurposeKinds(['request_form_title', 'report_header'])).toEqual([]);
    // A bare noun, a "notification" (a digest is one too), and any promotional key: nothing.
    expect(keyPurposeKinds(['order', 'account', 'password'])).toEqual([]);
    expect(keyPurposeKinds(['NewPhotosNotification', 'Notification'])).toEqual([]);
    expect(keyPurposeKinds(['order_shipped_subject', 'order_shipped_coupon'])).toEqual([]);
    expect(keyPurposeKinds(['tell_a_friend_subject', 'password_reset_link'])).toEqual([]);
  });

  it('make a core of a translated notice no lexicon reads, and not of a promotion', async () => {
    // (Finnish: no lexicon of graylint's reads these strings.)
    const notice = await check('fi.yml', 'fi:\n  task_overdue:\n    subject: "Tehtävä %{title} on myöhässä"\n    body: "Muistutus: tehtävää %{title} ei ole vielä tehty."\n');
    expect(notice.category).toBe('transactional');
    // (--explain names the key that said so.)
    const explained = await checker.checkBuffer('fi.yml', Buffer.from('fi:\n  task_overdue:\n    subject: "Tehtävä %{title} on myöhässä"\n', 'utf8'), { explain: true });
    expect(explained.signals?.['core.keys']).toBe('task_overdue');
    const offer = await check('fi.yml', 'fi:\n  newsletter_coupon:\n    subject: "Tehtävä %{title} on myöhässä"\n    body: "Muistutus: tehtävää %{title} ei ole vielä tehty."\n');
    expect(offer.category).toBe('marketing');
  });

  it("are also the keys a template's translation calls name, key-shaped only", async () => {
    expect(translationCallKeys("<p>{{ __('emails.password_reset.line1') }}</p><p>@lang('mail.order_shipped.title')</p><p>{{ __('Thanks') }}</p>")).toEqual(['emails.password_reset.line1', 'mail.order_shipped.title']);
    expect(translationCallKeys("<%= t('user_mailer.account_locked.body') %> {{ 'email.order.shipped'|trans }} {{t 'email.task_overdue.body'}}")).toEqual(['user_mailer.account_locked.body', 'email.order.shipped', 'email.task_overdue.body']);
    // A Blade template whose copy is all in its translation file: its keys say what it is.
    const notice = await check('overdue.blade.php', "<p>{{ __('emails.task_overdue.greeting', ['name' => $user->name]) }}</p><p>{{ __('emails.task_overdue.body', ['task' => $task->title]) }}</p>");
    expect(notice.category).toBe('transactional');
  });
});
