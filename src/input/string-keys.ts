/**
 * The keys of a translation file's strings (`password_reset.subject:`, `"email-invite-text":`,
 * `'mail_activity_open' =>`, `define('TEXT_EMAIL_ORDER_SHIPPED', …)`, `passwordChangeRequired-title =`,
 * `msgctxt "order_confirmation"`, `<data name="AccountDeleted">`): the names a developer gave each
 * string of a mail. They are not copy (the strings readers blank them), but they say what the mail
 * is for, in English identifiers whatever language its strings are in; src/signals/key-purposes.ts
 * reads them.
 *
 * Read with a few line-anchored patterns, no parser: bounded by the text it scans and the number of
 * keys it keeps, so hostile input costs at most one linear pass.
 */

/** Most keys kept: a mail has a few dozen strings; a whole language pack's rest says nothing more. */
const MAX_KEYS = 400;
/** Most characters scanned: the keys of one mail sit well within it. */
const MAX_SCAN = 256 * 1024;

/**
 * A key in key position at the start of a line: YAML `key:`, JSON `"key":`, PHP `'key' =>`,
 * properties, INI, Fluent and .lang `key =`; an identifier (letters, digits, _ . -), quoted or not.
 * (Not a URL's scheme: `https://` is no key.)
 */
const KEY_AT_LINE_START = /^[ \t]*(?:-[ \t]+)?(?:\$\w+\[)?["']?([A-Za-z][\w.-]{1,79})["']?\]?[ \t]*(?::(?!\/\/)|=>|=(?!=))/gm;
/** PHP's define('KEY', …), gettext's msgctxt "key", .resx/.xlf/Android names and ids. */
const KEY_ELSEWHERE = /define\(\s*["']([A-Za-z][\w.-]{1,79})["']|msgctxt\s+"([A-Za-z][\w.-]{1,79})"|\b(?:name|id|resname)\s*=\s*"([A-Za-z][\w.-]{1,79})"/g;

export function stringKeys(source: string): string[] {
  return collectKeys(source, [KEY_AT_LINE_START, KEY_ELSEWHERE], () => true);
}

/**
 * The distinct keys the patterns capture (each pattern's one capturing group that matched), in the
 * order met, those `accept` takes: within the first MAX_SCAN characters and up to MAX_KEYS keys.
 */
function collectKeys(source: string, patterns: readonly RegExp[], accept: (key: string) => boolean): string[] {
  const text = source.length > MAX_SCAN ? source.slice(0, MAX_SCAN) : source;
  const keys = new Set<string>();
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m && keys.size < MAX_KEYS; m = re.exec(text)) {
      const key = m[1] ?? m[2] ?? m[3];
      if (key && accept(key)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * The keys a template's translation calls name (`{{ __('emails.password_reset.line1') }}`,
 * `@lang('mail.order_shipped.title')`, `<%= t('user_mailer.account_locked.body') %>`,
 * `{{ 'email.order.shipped'|trans }}`, `{{t 'email.task_overdue.body'}}`, `$t('…')`): where a
 * template keeps all its copy in a translation file, they are what its author named the mail.
 * Key-shaped only (an identifier with a separator: `emails.welcome`, `password_reset`); a call whose
 * argument is the copy itself is copy, read as such by the template masker.
 */
const TRANSLATION_CALL = /(?:\b(?:__|trans|trans_choice|lang|t|translate|gettext|_t)|@lang|\$t|I18n\.t|i18n\.t)\(\s*["']([A-Za-z][\w.:-]{2,99})["']|["']([A-Za-z][\w.:-]{2,99})["']\s*\|\s*trans\b|\{\{\s*t\s+["']([A-Za-z][\w.:-]{2,99})["']/g;
/** A key, not a word: it has a separator (emails.welcome, password_reset, order-shipped). */
const KEY_SHAPED = /[._:-]/;

export function translationCallKeys(source: string): string[] {
  return collectKeys(source, [TRANSLATION_CALL], (key) => KEY_SHAPED.test(key));
}
