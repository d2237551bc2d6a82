import { describe, expect, it } from 'vitest';
import { isPhpWithoutOpenTag, maskPhpWithoutOpenTag, maskTemplate } from '../src/input/template-mask.js';

describe('template masking', () => {
  const cases: Array<[string, string]> = [
    ['handlebars', '<p>Hi {{customer.first_name}}, {{#each items}}<b>{{name}}</b>{{/each}}</p>'],
    ['liquid', '<p>{% if order.discount %}Saved {{ order.discount | money }}{% endif %}</p>'],
    ['erb', '<p>Hello <%= @user.name %><% if x %>!<% end %></p>'],
    ['php', '<p>Hello <?php echo $name; ?> and <?= $other ?></p>'],
    // (PHP's short open tag: code, not copy.)
    ['php-short-tag', '<p>Hello <? echo $name; ?><?\n  $rows = $order->getRows();\n?></p>'],
    ['freemarker', '<p>Hello ${user.name}<#if vip> VIP</#if><@macro x=1/></p>'],
    ['go', '<p>Hello {{ .Name }}{{ range .Items }}{{ . }}{{ end }}</p>'],
    ['heex', '<p>Hello <%= @user.name %> {@count}</p>'],
    ['prestashop', '<p>Hello {firstname} {lastname}, order {order_name}</p>'],
    ['mailchimp', '<p>Hi *|FNAME|*</p>'],
  ];
  for (const [name, src] of cases) {
    it(`masks ${name} tags to same-length inert text`, () => {
      const { masked, placeholders } = maskTemplate(src);
      expect(masked.length).toBe(src.length);
      expect(masked).not.toMatch(/\{\{|\{%|<%|<\?|\$\{|<#|\*\||\{[a-z$@]/);
      expect(masked).toContain('<p>');
      expect(placeholders.length).toBeGreaterThan(0);
    });
  }

  it('leaves an XML declaration or a processing instruction alone: only a short tag with a space after it is PHP', () => {
    const src = '<?xml version="1.0" encoding="UTF-8"?><p>Your order has shipped.</p>';
    expect(maskTemplate(src).masked).toBe(src);
  });

  it('masks Smarty comments whole, and EC-CUBE\'s <!--{ }--> tags with their wrapper, naming no placeholder after a comment', () => {
    const src = '<!--{*\n * This file is part of EC-CUBE\n * Copyright(c) EC-CUBE CO.,LTD. All Rights Reserved.\n *}-->\n<!--{$arrOrder.order_name01}--> 様\n{* a note *}ご注文ありがとうございます。<!-- an HTML comment stays --><!DOCTYPE html>';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(masked).not.toMatch(/EC-CUBE|Copyright|<!--\{|\}-->|a note|order_name01/);
    expect(masked).toContain('様');
    expect(masked).toContain('ご注文ありがとうございます。<!-- an HTML comment stays --><!DOCTYPE html>');
    expect(placeholders.map((p) => p.name)).toEqual(['arrOrder.order_name01']);
    // An opener that never closes costs no scan of the rest.
    const open = '<!--{'.repeat(100_000);
    expect(maskTemplate(open).masked.length).toBe(open.length);
  });

  it('masks any Smarty function call with named arguments, and leaves CSS blocks alone', () => {
    const src = '{includeMailTemplate template=header type=html}<p>Ihre Bestellung {formatdate date=$StartDate key=reservation_email}</p><style>p { color: red; } a{margin:0}</style>';
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/includeMailTemplate|formatdate|template=/);
    expect(masked).toContain('Ihre Bestellung');
    expect(masked).toContain('p { color: red; } a{margin:0}');
  });

  it('masks a Smarty control tag or translation call whose arguments run over lines, and no CSS block', () => {
    const src = "<center>{if isset($show_welcome) and\n    $show_welcome}Welcome to ThinkUp!{else}{$header}{/if}</center>{l s='Your order\nhas shipped' mod='mail'}<style>\np {\n color: red;\n}</style>";
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/isset|show_welcome|mod=/);
    expect(masked).toMatch(/^<center>\s+Welcome to ThinkUp!\s+<\/center>/);
    expect(masked).toContain('p {\n color: red;\n}');
  });

  it("masks MODX's double-bracket tags, one inside another too, in templates and in a PHP language file's strings", () => {
    const src = '<p>Пользователь <b>[[+name]]</b> ответил: <a href="[[~[[+resource]]? &scheme=`full`]]">[[+pagetitle]]</a> [[++site_name]]</p>';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/\[\[|\]\]|scheme|pagetitle/);
    expect(masked).toContain('Пользователь');
    expect(placeholders.map((p) => p.name)).toEqual(expect.arrayContaining(['name', 'resource', 'pagetitle', 'site_name']));
    // A language file's strings hold them as copy: the tags are blanked, the words stay.
    const php = "$_lang['reply_intro'] = 'Пользователь <b>[[+name]]</b> ответил на ваш комментарий к тикету \"<a href=\"[[~[[+resource]]?scheme=`full`]]\">[[+pagetitle]]</a>\":';\n$_lang['reply'] = 'Ответить на комментарий';\n";
    const read = maskPhpWithoutOpenTag(php).masked;
    expect(read).toContain('ответил на ваш комментарий');
    expect(read).not.toMatch(/\[\[|\]\]|scheme|\+name/);
  });

  it("masks Template Toolkit's [% %] tags and names their values", () => {
    const src = 'Guten Tag [% problem.name %],\n[% IF problem.response %]Antwort: [% problem.response | html %][% END %]\nLink: [% url %]';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/\[%|%\]|problem/);
    expect(masked).toContain('Guten Tag');
    expect(placeholders.map((p) => p.name)).toEqual(expect.arrayContaining(['problem.name', 'problem.response', 'url']));
  });

  it('names a value printed through an escaping or formatting function by the value, not the function', () => {
    const src = '<p><?php echo esc_html( $tracking ); ?></p><a href="<?php echo esc_url( $link ); ?>">x</a>'
      + '<?php if ( ! empty( $order_number ) ) : ?>{{ e($order->id) }}<?= htmlspecialchars($user_name) ?><?php endif; ?>';
    const names = maskTemplate(src).placeholders.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['tracking', 'link', 'order_number', 'order.id', 'user_name']));
    expect(names).not.toEqual(expect.arrayContaining(['esc_html']));
    expect(names.filter((n) => /^(?:esc_|e$|htmlspecialchars|empty)/.test(n))).toEqual([]);
  });

  it('keeps newlines so locations still point at the author line', () => {
    const src = '<p>{% if a\n and b %}x{% endif %}</p>\n<p>line 3</p>';
    const { masked } = maskTemplate(src);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(masked.indexOf('line 3')).toBe(src.indexOf('line 3'));
  });

  it('keeps the copy in helper and domain-translation calls visible, each literal at its own place', () => {
    const src = `<p>{{ render_text("Your trial will end " + user.trial_end.humanize() + ".") }}</p>`;
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked.indexOf('Your trial will end')).toBe(src.indexOf('Your trial will end'));
    expect(masked).not.toContain('user.trial_end');
    expect(maskTemplate(`<p><?php echo __d('baser', 'パスワードの再発行手続きを受け付けました') ?></p>`).masked).toContain('パスワードの再発行手続きを受け付けました');
    expect(maskTemplate(`<p><?php echo __d('baser', 'x') ?></p>`).masked).not.toContain('baser');
    const button = maskTemplate(`{{ render_button("Upgrade your account", "https://app.example.com/pricing") }}`).masked;
    expect(button).toContain('Upgrade your account');
    expect(button).not.toContain('https');
    // Markup inside a literal is not text; newlines in a wrapped literal stay.
    const wrapped = maskTemplate(`{{ render_text('<b>Restart your trial</b> - just\n  let us know.') }}`).masked;
    expect(wrapped).toMatch(/^\s+Restart your trial\s+- just\n  let us know\./);
  });

  it('blanks a language file\'s printf conversions, positional ones too (%1$s left "$s" behind)', () => {
    const lang = "<?php\ndefine('TEXT_INVITE', '%1$s heeft u uitgenodigd voor %2$s en %s bericht(en)');\n?>";
    const { masked } = maskTemplate(lang);
    expect(masked.length).toBe(lang.length);
    expect(masked).toMatch(/\s+heeft u uitgenodigd voor\s+en\s+bericht\(en\)/);
    expect(masked).not.toMatch(/\$s|%/);
  });

  it("reads every piece of a language file's concatenated string, and no code, whatever quotes the code and comments hold", () => {
    const lang = [
      '<?php',
      "// the customer's greeting",
      "define('EMAIL_GREET_MR', 'Estimado ' . stripslashes($HTTP_POST_VARS['firstname']) . ',' . \"\\n\\n\");",
      "define('EMAIL_TEXT', 'Agradecemos seu cadastro na nossa loja.' . \"\\n\\n\" . '<li><b>Carrinho permanente</b> - Os produtos ficam no seu carrinho.' . \"\\n\\n\");",
      "define('EMAIL_CONTACT', 'Para qualquer dúvida envie um email para nós.');",
      '?>',
    ].join('\n');
    const { masked } = maskTemplate(lang);
    expect(masked.length).toBe(lang.length);
    expect(masked).toContain('Agradecemos seu cadastro na nossa loja.');
    // The piece after the concatenation is copy too; its markup is not.
    expect(masked).toMatch(/Carrinho permanente\s+- Os produtos ficam no seu carrinho\./);
    expect(masked).toContain('Para qualquer dúvida envie um email para nós.');
    // A comma in a literal (',') and an apostrophe in a comment start no literal: no code is read.
    expect(masked).not.toMatch(/define|stripslashes|HTTP_POST_VARS|firstname|customer|\\n|\)/);
  });

  it("reads an escaped quote in a literal as the quote, the word whole (J\\'ai is J'ai once soft hyphens go)", () => {
    const lang = "<?php\ndefine('TEXT_FORGOTTEN', 'J\\'ai oublié mon mot de passe');\n$_['text_hello'] = 'L\\'adresse n\\'est pas connue';\n?>";
    const { masked } = maskTemplate(lang);
    expect(masked.length).toBe(lang.length);
    expect(masked.replace(/\u00ad/g, '')).toContain("J'ai oublié mon mot de passe");
    expect(masked.replace(/\u00ad/g, '')).toContain("L'adresse n'est pas connue");
    const spoken = maskTemplate(`<p>{{ render_text("Don\\'t forget: it\\'s \\"yours\\"") }}</p>`).masked;
    expect(spoken.replace(/\u00ad/g, '')).toContain(`Don't forget: it's "yours"`);
  });

  it("reads a long language file as one PHP block, past 8,000 characters, with PHP-Nuke's define_once", () => {
    const line = (i: number) => `define_once("_NOTE${i}","Your parcel number ${i} is on its way to you.");`;
    const lang = ['<?php', ...Array.from({ length: 200 }, (_, i) => line(i))].join('\n');
    expect(lang.length).toBeGreaterThan(8000);
    const { masked } = maskTemplate(lang);
    expect(masked.length).toBe(lang.length);
    expect(masked).toContain('Your parcel number 199 is on its way to you.');
    expect(masked).not.toMatch(/define_once|_NOTE/);
  });

  it("reads a heredoc as copy, its variables as placeholders, and the code around it as nothing", () => {
    const src = '<?php\n$text = <<<TEXT\nDear $user_name,\nyour membership for {$d[\'year\']} and ${year} can now be renewed.\nTo renew it, pay the yearly fee of $fee euro by bank transfer to the association\'s account, stating your name.\nWith kind regards,\nThe board\nTEXT;\nmail($d["email"], "Renewal", $text);\n';
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).toMatch(/Dear\s+,\s+your membership for\s+and\s+can now be renewed\./);
    expect(masked).toMatch(/association.s account/);
    expect(masked).not.toMatch(/\$|user_name|\byear\b|TEXT|mail\(/);
  });

  it('reads a literal passed to a translation function in a PHP mail class as copy, and the text domain as nothing', () => {
    const cls = [
      '<?php',
      'class Birthday_Email extends WC_Email {',
      '  public function __construct() {',
      "    $this->id = 'birthday_email';",
      "    $this->title = 'Birthday email';",
      "    $this->heading = __( 'Happy birthday from all of us', 'birthday-coupon' );",
      "    $this->body = esc_html__( 'We have prepared a special offer for your birthday month.', 'birthday-coupon' );",
      '  }',
      '}',
    ].join('\n');
    const { masked } = maskTemplate(cls);
    expect(masked.length).toBe(cls.length);
    expect(masked).toContain('Happy birthday from all of us');
    expect(masked).toContain('We have prepared a special offer for your birthday month.');
    expect(masked).not.toMatch(/birthday-coupon|esc_html__|__construct/);
  });

  it('reads a PHP language-file cut that lost its opening tag as the PHP block it was cut from', () => {
    const cut = "$_['text_subject'] = '%s - Thanks for registering';\n$_['text_welcome'] = 'Welcome and thank you for registering at %s!';\n";
    expect(isPhpWithoutOpenTag(cut)).toBe(true);
    const { masked } = maskPhpWithoutOpenTag(cut);
    expect(masked.length).toBe(cut.length);
    expect(masked).toContain('Welcome and thank you for registering at');
    expect(masked).not.toMatch(/text_welcome|\$_|%s/);
    // Not a template that merely has no PHP in it, nor one with an opening tag.
    expect(isPhpWithoutOpenTag('<p>Hello, your order has shipped.</p>')).toBe(false);
    expect(isPhpWithoutOpenTag("<?php\n$_['a'] = 'b c';")).toBe(false);
  });

  it('masks bracketed, shortcode and percent-sign placeholders with their names, and leaves footnotes, links and percentages', () => {
    const text = 'Hello [first_name], order [ORDER_ID] from %shop_name% is 50% off [sic] [1] [a_b](https://x.example).\n[subscriber:firstname | default:reader] [link:subscription_unsubscribe_url] [Name,fallback=there] [charitable_email show=donor_first_name] width:100%';
    const t = maskTemplate(text);
    expect(t.masked.length).toBe(text.length);
    expect(t.placeholders.map((p) => p.name)).toEqual(['first_name', 'ORDER_ID', 'shop_name', 'firstname', 'subscription_unsubscribe_url', 'Name', 'charitable_email_show_donor_first_name']);
    expect(t.masked).toContain('is 50% off [sic] [1] [a_b](https://x.example).');
    expect(t.masked).toContain('width:100%');
    expect(t.masked).not.toMatch(/first_name|ORDER_ID|shop_name|subscriber|fallback|charitable/);
  });

  it('masks a name in angle brackets as a placeholder in a text template, and never in HTML', () => {
    const text = 'Subject: New topic in « <forum_name> »\n\n<poster> started the topic « <topic_subject> ».\nRead it here: <topic_url>\nWrite to <help@example.org> or see <https://example.org/faq>.';
    const t = maskTemplate(text);
    expect(t.masked.length).toBe(text.length);
    expect(t.placeholders.map((p) => p.name)).toEqual(['forum_name', 'poster', 'topic_subject', 'topic_url']);
    expect(t.masked).not.toMatch(/<poster>|topic_subject|topic_url|forum_name/);
    expect(t.masked).toContain('<help@example.org>');
    expect(t.masked).toContain('<https://example.org/faq>');
    const html = '<table><tr><td><poster> wrote: <b>hello</b></td></tr></table>';
    expect(maskTemplate(html).masked).toBe(html);
  });

  it("masks Smarty's closing tags and tags with numbered arguments, as CiviCRM writes its copy", () => {
    const src = "{ts 1=$next_payment|truncate:10:''|crmDate}This is a reminder that the next payment is due on %1.{/ts}\n{ts}Amount Due{/ts}: {$amount_due|crmMoney:$currency}\n{capture assign=url}{crmURL p='civicrm/contribute'}{/capture}";
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/\{|\}|crmDate|truncate|capture/);
    expect(masked).toContain('This is a reminder that the next payment is due on %1.');
    expect(masked).toContain('Amount Due');
  });

  it('masks Go-style {.Name}, Twig {$ … $}, spaced {shop name}, and keeps the copy of a Zotonic {_ … _}', () => {
    const src = 'Uma resposta: {.AnswerUrl}\n{_ Reaction added to _}: story\nHallo {$ recipient.lastName $},\nGracias por su cuenta en {shop name}.\na { color: red; }';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(placeholders.map((p) => p.name)).toEqual(['AnswerUrl', 'recipient.lastName', 'shop_name']);
    expect(masked).toMatch(/^Uma resposta:\s+\n\s+Reaction added to\s+: story\nHallo\s+,\nGracias por su cuenta en\s+\.\n/);
    expect(masked).toContain('a { color: red; }');
  });

  it("reads an ICU plural or select as its 'other' branch, not every branch and its keywords", () => {
    const src = 'You have {count, plural, one{# new message} other{# new messages}}.\nNos vemos en {GENDER, select, male{el} female{la} other{el lugar}}.\nVálido {USAGE, plural, =1{una vez} =2{dos veces}}.';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).toMatch(/^You have\s+new messages\s+\.\nNos vemos en\s+el lugar\s+\.\nVálido\s+dos veces\s+\.$/);
    expect(placeholders).toEqual([]);
  });

  it("masks Bitrix's #NAME# and MessageFormat's {0}, and leaves a hashtag and a colour", () => {
    const src = 'Hello, #DONOR_NAME#! You donated #SUM# to «#CAMPAIGN_NAME#».\nIl tuo codice è {0}, pagina {1,number}.\nColour #FFFFFF; #sale #1 best';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(placeholders.map((p) => p.name)).toEqual(['DONOR_NAME', 'SUM', 'CAMPAIGN_NAME']);
    expect(masked).not.toMatch(/DONOR_NAME|CAMPAIGN_NAME|\{0\}|\{1,number\}/);
    expect(masked).toContain('Colour #FFFFFF; #sale #1 best');
  });

  it('masks a bare variable as a placeholder with its name, and leaves money and words alone', () => {
    const src = 'Caro/a $username,\nHai ricevuto un commento da $[name] su $sitename.\nIl libro $book.title è pronto per $user->name.\nRechnung $RECHNUNGSNUMMER$ vom 1.2.\nIl prezzo è $5 o US$ 10, non $x(1).';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(placeholders.map((p) => p.name)).toEqual(expect.arrayContaining(['username', 'sitename', 'book.title', 'user.name', 'RECHNUNGSNUMMER']));
    expect(masked).not.toMatch(/username|sitename|book\.title|user->name|RECHNUNGSNUMMER|\$\[name\]/);
    expect(masked).toContain('Il prezzo è $5 o US$ 10, non $x(1).');
  });

  it("masks Blade's unescaped echo and phpBB's template statements, which a text template leaves as words", () => {
    const blade = "<p>Hallo {{ $name }},</p>\n<p>{!! nl2br($message) !!}</p>\n<p>{!! $data['intro'] !!}</p>";
    const b = maskTemplate(blade);
    expect(b.masked.length).toBe(blade.length);
    expect(b.masked).not.toMatch(/!!|nl2br|message|intro/);
    expect(b.languages.has('blade')).toBe(true);
    const phpbb = "A new reply was posted<!-- IF AUTHOR_NAME != '' --> by {AUTHOR_NAME}<!-- ENDIF --> in the topic.\n<!-- BEGIN rows -->{rows.TITLE}<!-- END rows -->\n<!-- a note -->";
    const p = maskTemplate(phpbb);
    expect(p.masked.length).toBe(phpbb.length);
    expect(p.masked).not.toMatch(/IF|AUTHOR_NAME|ENDIF|BEGIN|END rows/);
    expect(p.masked).toMatch(/A new reply was posted\s+by\s+in the topic\./);
    // A plain HTML comment is no template statement: the HTML reader drops it.
    expect(p.masked).toContain('<!-- a note -->');
  });

  it('masks a Blade @php block whole, and an inline @php() as a directive', () => {
    const src = "@php\n    $label = $order->status === 'paid' ? 'Bezahlt' : 'Offen';\n@endphp\n<p>Deine Bestellung wurde versandt.</p>\n@php($n = 1)\n<p>Danke!</p>";
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/paid|Bezahlt|Offen|@php|@endphp|\$n/);
    expect(masked).toContain('Deine Bestellung wurde versandt.');
    expect(masked).toContain('Danke!');
  });

  it('masks Blade comments whole (even one holding a tag) and Blade directives, and keeps @lang copy', () => {
    const src = `@component('mail::message')\n{{-- <img src="{{ asset('logo.png') }}" alt="Image"> --}}\n<p>Bonjour, votre commande est prête.</p>\n@lang('Thanks for your order')\n@endcomponent\n<p>Write to support@example.com or @if($vip) VIP @endif</p>`;
    const { masked, languages } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked).not.toMatch(/@component|mail::message|--\}\}|alt="Image"|@endcomponent|@if|@endif/);
    expect(masked).toContain('Bonjour, votre commande est prête.');
    expect(masked).toContain('Thanks for your order');
    expect(masked).toContain('support@example.com');
    expect(languages.has('blade')).toBe(true);
  });

  it('masks a Liquid or Django comment block whole, its words included', () => {
    const src = `{% comment %}\n  Copyright (c) 2024 Acme. Licensed under MIT; see the shop's sale page.\n{% endcomment %}\n<p>Your order has shipped.</p>{%- comment -%}note{%- endcomment -%}`;
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(masked.split('\n').length).toBe(src.split('\n').length);
    expect(masked).not.toMatch(/Copyright|Licensed|sale|note|comment/);
    expect(masked).toContain('<p>Your order has shipped.</p>');
    // A comment tag that is never closed hides only itself: the copy after it stays.
    expect(maskTemplate(`{% comment %}<p>Hello there</p>`).masked).toContain('Hello there');
  });

  it('reads Python format fields and at-sign names as placeholders, not an address', () => {
    const src = '%(listname)s: confirm at %(confirmurl)s or write to list-request@example.org\nThe page @PAGE@ changed: @NEWPAGE@';
    const { masked, placeholders, languages } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(placeholders.map((p) => p.name)).toEqual(['listname', 'confirmurl', 'PAGE', 'NEWPAGE']);
    expect(masked).not.toMatch(/listname|confirmurl|@PAGE@|NEWPAGE/);
    expect(masked).toContain('list-request@example.org');
    expect(languages.has('python')).toBe(true);
  });

  it('reads names between double underscores as placeholders, but not a word joined by them', () => {
    const src = '__inviter__ invited you to the board "__board__": __url__ (see .email__header, my__var__x)';
    const { masked, placeholders } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(placeholders.map((p) => p.name)).toEqual(['inviter', 'board', 'url']);
    expect(masked).not.toMatch(/inviter|board"|url/);
    expect(masked).toContain('invited you to the');
    expect(masked).toContain('.email__header, my__var__x');
  });

  it('does not show literals that are not copy: conditions, comments, class lists, paths, formats', () => {
    for (const src of [
      `{% if plan == "free plan" %}`,
      `{# a note for the team #}`,
      `{{ component(class="btn btn-primary") }}`,
      `{{ icon("text-center font-bold") }}`,
      `{{ include("partials/footer header") }}`,
      `{{ date|date("d M Y") }}`,
      `<%# TODO: write the copy %>`,
    ]) expect(maskTemplate(src).masked.trim(), src).toBe('');
  });

  it('keeps translated literals visible', () => {
    expect(maskTemplate(`<p>{{ 'Your order has shipped'|trans }}</p>`).masked).toContain('Your order has shipped');
    expect(maskTemplate(`<p>{{trans "Thank you for your order from %store_name." store_name=$store}}</p>`).masked).toContain('Thank you for your order from');
    expect(maskTemplate(`<p><?= __('Reset your password') ?></p>`).masked).toContain('Reset your password');
    expect(maskTemplate(`<p>{l s='Your voucher code' mod='x'}</p>`).masked).toContain('Your voucher code');
    expect(maskTemplate(`<p>{{trans "%name," name=$x}}</p>`).masked).not.toContain('%name');
  });

  it('reads a translation key as no copy: the words of its name are not what the mail says', () => {
    for (const src of [`<p>{{ trans('emails.order.tracking') }}</p>`, `<p>{{ __('mail::order_shipped_title') }}</p>`, `<p>{{ 'order_shipped'|trans }}</p>`, `<p><?= __('shop.order.confirmation.subject') ?></p>`, `<p><%= t('.order_shipped', name: @user.name) %></p>`]) {
      expect(maskTemplate(src).masked, src).not.toMatch(/order|shipped|tracking/);
    }
    // A one-word literal is copy, a key has more than one name in it.
    expect(maskTemplate(`<p>{{ __('Thanks') }}</p>`).masked).toContain('Thanks');
  });

  it("reads eZ Publish's translated literals, over several lines too, and masks its control tags", () => {
    const src = [
      "{def $site = social_pagedata('agenda')}",
      "{set-block scope=root variable=subject}{'Your event was approved'|i18n('agenda/mail')}{/set-block}",
      "<p>{'Your event \"%name\" is now published on %site.'|i18n('agenda/mail', '', hash(",
      "    '%site', $site.logo_title|strip_tags(),",
      "    '%name', $name",
      "))}</p>",
    ].join('\n');
    const { masked } = maskTemplate(src);
    expect(masked).toContain('Your event was approved');
    expect(masked).toContain('is now published on');
    expect(masked).not.toMatch(/set-block|social_pagedata|i18n|%name|strip_tags/);
    expect(masked.split('\n')).toHaveLength(6);
  });

  it("reads Thelia's Smarty: {intl l='…'} is text, its block and loop tags and {$expressions} are not", () => {
    const src = [
      '{extends file="email-layout.tpl"}',
      '{block name="email-content"}',
      "<p>{intl l='Your order is waiting for you!' d='cartreminder'}</p>",
      '{$total = 0}{loop type="cart" name="items" cart_id=$cart_id}',
      '<td>{$TITLE nofilter}</td><td>{intl l="%price excl. tax" price={format_money number=$PRICE}}</td><td>{format_money number={$QUANTITY * $PRICE}}</td>',
      '{/loop}',
      '{/block}',
    ].join('\n');
    const { masked } = maskTemplate(src);
    expect(masked).toContain('Your order is waiting for you!');
    expect(masked).toContain('excl. tax');
    expect(masked).not.toMatch(/extends|block|loop|intl|format_money|QUANTITY|nofilter|total|[{}]/);
  });

  it('never turns a placeholder into promotional text', () => {
    const { masked, placeholders } = maskTemplate('<p>{{ discount_code }} {{ sale_banner }}</p>');
    expect(masked).not.toMatch(/discount|sale/);
    expect(placeholders.map((p) => p.name)).toEqual(['discount_code', 'sale_banner']);
  });

  it('names a placeholder by the key it reads out of an array or an object', () => {
    const { placeholders } = maskTemplate("<p>{{ $mailData['password'] }} <?php echo $order->id; ?> {{htmlescape var=$customer.password}} {{ $data[ \"order_id\" ] }}</p>");
    expect(placeholders.map((p) => p.name)).toEqual(['mailData.password', 'order.id', 'customer.password', 'data.order_id']);
  });

  it('leaves CSS and plain text alone', () => {
    const src = '<style>p { color: red } a{display:none}</style><p>50% {not a tag}</p>';
    expect(maskTemplate(src).masked).toBe(src);
  });

  it('does not hang on unclosed tags', () => {
    const src = `<p>${'{{'.repeat(20000)} {% if </p>`;
    const t = Date.now();
    const { masked } = maskTemplate(src);
    expect(masked.length).toBe(src.length);
    expect(Date.now() - t).toBeLessThan(5000);
  });
});
