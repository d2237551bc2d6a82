import type { Placeholder } from '../types.js';
import { blankKeepingLines, blankedChars, closingQuote } from './lines.js';
import { railsLinkMarkup } from './rails-links.js';
import { routeNames } from './route-names.js';
import { hasTwoWords } from './words.js';

/**
 * Template syntax masking.
 *
 * Template tags ({{ }}, {% %}, <%= %>, <?php ?>, ${ }, <#if>, {var}, *|MERGE|*…) are replaced by
 * inert text of the same length, newlines kept, so that:
 *  - the HTML parser never sees a half-tag, and every offset still maps to the author's line;
 *  - placeholders never count as visible (let alone promotional) text;
 *  - translated literals ({{ 'Your order'|trans }}, {{trans "…"}}, <?= __('…') ?>, {l s='…'})
 *    stay visible, because in many real templates that is where all the copy lives.
 * Template code is never executed; every pattern is bounded so scanning stays linear.
 */

/** The longest PHP block read as one (a language file, a mail class). */
const PHP_BLOCK_CHARS = 200_000;

interface TagPattern {
  language: string;
  regex: RegExp;
  /**
   * The literal that must close the tag, and how far after the opener it may start: checked
   * with a memoised indexOf before the regex runs, so an opener that never closes ("{{" × 10⁶)
   * costs O(1) instead of a scan of the whole window. `orEnd`: the end of input also closes.
   */
  close?: { text: string; within: number; orEnd?: boolean };
  /** The name the tag stands for, where it is not the first word inside it (placeholderName); null: none. */
  name?: (tag: string) => string | null;
  /** What the tag reads as, where it is not its literal copy or blanks (replacementFor). */
  read?: (tag: string) => string;
  /** Only in a template with no HTML markup (there "<td>" is markup). */
  textOnly?: boolean;
}

/** A tag that names nothing: a comment, a positional argument, a translation tag's copy. */
const NAMES_NOTHING = (): null => null;

/** A double-bracket tag, one of which may stand inside another (MODX: [[~[[+resource]]]]). */
const MERGE_TAG_NESTED = /\[\[(?:[^[\]\n]|\[\[[^[\]\n]{1,100}\]\]){1,300}\]\]/y;

/** A single-brace Smarty tag's arguments, on one line: one of them may be a tag of its own. */
const SMARTY_ARGUMENTS = String.raw`(?:[^{}\n]|\{[^{}\n]{0,200}\}){0,500}`;
/**
 * The arguments of a tag that opens with a Smarty keyword or translation call ({if …}, {l s='…'}):
 * they may run over lines ("{if isset($welcome) and⏎ $welcome}"), as no CSS or text opens so.
 */
const SMARTY_ARGUMENT_LINES = String.raw`(?:[^{}]|\{[^{}\n]{0,200}\}){0,500}`;

// Order matters: longer openers first, so {{{ }}} wins over {{ }} and <%# %> over <% %>.
const TAG_PATTERNS: TagPattern[] = [
  // Blade comments, before {{ }}: a comment may hold a whole tag ({{-- <img src="{{ $logo }}"> --}}).
  { language: 'blade', regex: /\{\{--[\s\S]{0,8000}?--\}\}/y, close: { text: '--}}', within: 8004 } },
  { language: 'handlebars', regex: /\{\{\{[\s\S]{0,2000}?\}\}\}/y, close: { text: '}}}', within: 2003 } },
  // Blade's unescaped echo, {!! $intro !!}, {!! __('Thanks,<br>:app') !!}: read as {{ }} is.
  { language: 'blade', regex: /\{!![\s\S]{0,4000}?!!\}/y, close: { text: '!!}', within: 4003 } },
  { language: 'mustache', regex: /\{\{[\s\S]{0,4000}?\}\}/y, close: { text: '}}', within: 4002 } },
  // A Liquid or Django comment block, before {% %}: what it holds is never shown (a licence, a
  // note to the next developer), so it is masked whole, not just its two tags.
  { language: 'liquid', regex: /\{%-?\s*comment\s*-?%\}[\s\S]{0,20000}?\{%-?\s*endcomment\s*-?%\}/y, close: { text: 'endcomment', within: 20020 } },
  { language: 'liquid', regex: /\{%[\s\S]{0,4000}?%\}/y, close: { text: '%}', within: 4002 } },
  { language: 'jinja', regex: /\{#[\s\S]{0,4000}?#\}/y, close: { text: '#}', within: 4002 } },
  { language: 'erb', regex: /<%[\s\S]{0,8000}?%>/y, close: { text: '%>', within: 8002 } },
  // (With the short open tag too, "<? if ($x) : ?>", "<?\n $a = …": a space after it; "<?xml" has none.)
  // (A language file or a mail class is one block of tens of kilobytes: its window is wide. The
  // close is found by a memoised indexOf first, so the regex only runs where it will match.)
  { language: 'php', regex: new RegExp(String.raw`<\?(?:php\b|=|(?=\s))[\s\S]{0,${PHP_BLOCK_CHARS}}?(?:\?>|$)`, 'y'), close: { text: '?>', within: PHP_BLOCK_CHARS + 5, orEnd: true } },
  { language: 'freemarker', regex: /<#--[\s\S]{0,8000}?-->/y, close: { text: '-->', within: 8004 } },
  // phpBB's template statements, written as comments (in a text template they are no comments):
  // <!-- IF AUTHOR_NAME != '' -->, <!-- ELSE -->, <!-- ENDIF -->, <!-- BEGIN row -->, <!-- INCLUDE x -->.
  { language: 'phpbb', regex: /<!--[ \t]*(?:IF|ELSEIF|ELSE|ENDIF|BEGIN|BEGINELSE|END|INCLUDE|INCLUDEPHP|DEFINE|UNDEFINE|EVENT)\b[^\n>]{0,300}?-->/y, close: { text: '-->', within: 310 } },
  // Koha's notices: <<borrowers.firstname>>, <<items.barcode>>.
  { language: 'koha', regex: /<<[A-Za-z_][\w.]{0,80}>>/y },
  { language: 'freemarker', regex: /<\/?[#@][a-zA-Z][^>]{0,2000}>/y, close: { text: '>', within: 2004 } },
  { language: 'freemarker', regex: /\$\{[^{}]{0,500}\}/y },
  // Perl's Template Toolkit (FixMyStreet, many Perl applications): [% problem.title %], [% IF x %].
  { language: 'template-toolkit', regex: /\[%[\s\S]{0,4000}?%\]/y, close: { text: '%]', within: 4002 } },
  { language: 'freemarker', regex: /\[#[^\]]{0,500}\]/y, close: { text: ']', within: 502 } },
  { language: 'mailchimp', regex: /\*\|[^|\n]{1,100}\|\*/y },
  // Double-bracket merge tags, [[first_name]], and MODX's tags, [[+pagetitle]], [[++site_name]],
  // [[*content]], [[~[[+resource]]? &scheme=`full`]] (one tag may hold another, as a link's resource).
  { language: 'merge-tag', regex: MERGE_TAG_NESTED },
  // MailPoet's shortcodes, [subscriber:firstname | default:reader], [link:subscription_unsubscribe_url]:
  // named by what follows the colon.
  { language: 'merge-tag', regex: /\[[a-z]{2,20}:[a-z_]{2,60}(?:\s*\|[^[\]\n]{0,60})?\]/y, name: (tag) => /:([a-z_]+)/.exec(tag)?.[1] ?? null },
  // Sendy's [Name,fallback=there].
  { language: 'merge-tag', regex: /\[[A-Za-z][\w]{1,40},fallback=[^[\]\n]{0,60}\]/y, name: (tag) => tag.slice(1, tag.indexOf(',')) },
  // A snake_case name in square brackets, [first_name], [order_id], [SITE_NAME] (SendGrid's legacy
  // substitutions, many senders' own): one underscore at least, so "[sic]" or a footnote is text;
  // not a Markdown link's text ([my_file](…)).
  { language: 'merge-tag', regex: /\[(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\](?!\()/y, name: (tag) => tag.slice(1, -1) },
  // A WordPress shortcode with attributes, [charitable_email show=donor_first_name], [wpml_string name="x"]:
  // named by the shortcode and its values.
  { language: 'wordpress', regex: /\[[a-z][a-z0-9_-]{1,40}(?:\s+[a-z_-]{1,30}=(?:"[^"\n\]]{0,100}"|'[^'\n\]]{0,100}'|[^\s\]"']{1,100})){1,6}\s*\/?\]/y, name: (tag) => tag.slice(1, -1).replace(/\/$/, '').replace(/[^\w]+/g, '_').replace(/^_|_$/g, '') },
  { language: 'ampscript', regex: /%%=?[^%\n]{1,200}=?%%/y },
  // A name between percent signs in any template, %log_owner%, %order_number% (not after a digit or a
  // letter, "50%", nor before one): a placeholder, as in translation files.
  { language: 'placeholder', regex: /%(?<![\p{L}\p{N}%]%)[A-Za-z][A-Za-z0-9_]{2,40}%(?![\p{L}\p{N}])/uy, name: (tag) => tag.slice(1, -1) },
  // A Smarty comment ({* … *}), before the single braces: what it holds is never shown (a licence
  // header, a note), so it is masked whole.
  { language: 'smarty', regex: /\{\*[\s\S]{0,20000}?\*\}/y, close: { text: '*}', within: 20002 }, name: NAMES_NOTHING },
  // Smarty with EC-CUBE's delimiters, <!--{$arrOrder.order_id}-->, <!--{* comment *}-->, <!--{if …}-->:
  // the HTML-comment wrapper is part of the tag (read as text, "<!-- -->" would be left behind).
  { language: 'smarty', regex: /<!--\{[\s\S]{0,20000}?\}-->/y, close: { text: '}-->', within: 20004 }, name: (tag) => (SMARTY_COMMENT.test(tag) ? null : placeholderName(tag)) },
  // Smarty/PrestaShop/HEEx single braces: {firstname}, {$order.id}, {@user}, {l s='…'}, {if …}.
  // (Thelia's Smarty writes its translations {intl l='…' d='domain'}.)
  // (One tag may hold another as an argument: {intl l='%price excl. tax' price={format_money number=$P}}.)
  { language: 'smarty', regex: new RegExp(String.raw`\{\s*(?:l\s+s=|intl\s+l=|gettext\(|dgettext\(|t\(|_\()${SMARTY_ARGUMENT_LINES}\}`, 'y') },
  { language: 'smarty', regex: new RegExp(String.raw`\{\/?(?:if|else|elseif|foreach|section|include|assign|capture|literal|block|extends|function|strip|nocache|while|for|loop|ifloop|elseloop|hook|url|image|format_money|format_number|format_date|default_translation_domain)\b${SMARTY_ARGUMENT_LINES}\}`, 'y') },
  // eZ Publish: a quoted literal through an operator, {'Your order has shipped'|i18n('shop/mail')}
  // (read as text when the operator translates it), and its own control tags ({def …},
  // {set-block …}, {/set-block}). No brace inside: each try stops at the next opener (linear scan).
  { language: 'ezpublish', regex: /\{\s*(?:'(?:[^'\\\n{}]|\\[^{}]){1,500}'|"(?:[^"\\\n{}]|\\[^{}]){1,500}")\s*\|[^{}]{0,500}\}/y },
  { language: 'ezpublish', regex: /\{\/?(?:def|undef|set|let|set-block|append-block|run-once|cache-block|default|switch|case)\b[^{}\n]{0,500}\}/y },
  { language: 'placeholder', regex: /\{[$@]?[A-Za-z_][\w.-]{0,80}(?:\|[^{}\n]{0,80})?\}/y },
  // A Smarty expression on a variable ({$total = 0}, {$QUANTITY * $price}): CSS never opens with {$.
  { language: 'smarty', regex: /\{\$[A-Za-z_][^{}\n]{0,200}\}/y },
  // Any other Smarty function call, a name and its named arguments ({declare_assets directory='assets'},
  // {render_form_field field="email"}): CSS never writes a word, a blank and "name=" after a brace.
  // (Arguments may be numbered, as CiviCRM's translation tag writes them: {ts 1=$date|crmDate}.)
  { language: 'smarty', regex: new RegExp(String.raw`\{[A-Za-z_][\w-]{0,60}\s+[A-Za-z0-9_][\w-]{0,60}\s*=${SMARTY_ARGUMENTS}\}`, 'y') },
  // Any closing tag, {/ts}, {/capture}, {/crmRegion}: CSS and text never write "{/".
  { language: 'smarty', regex: /\{\/[A-Za-z_][\w-]{0,60}\}/y },
  // A bare variable, as Friendica's, web.py's and PHP heredoc text templates interpolate it:
  // $username, $book.title, $user->name, $RECHNUNGSNUMMER$, and Friendica's $[sitename]. Not money
  // ($5), not in a word, not a call.
  { language: 'placeholder', regex: /\$(?<![\w$]\$)\[[A-Za-z_][\w.]{0,60}\]/y },
  { language: 'placeholder', regex: /\$(?<![\w$]\$)[A-Za-z_]\w{0,60}(?:(?:\.|->)[A-Za-z_]\w{0,60}){0,5}(?![\w(])\$?/y },
  // A name between hash signs in capitals, as 1C-Bitrix's and Leyka's mail templates write it:
  // #ORDER_ID#, #DONOR_NAME#. (Not a hashtag, #sale, nor a colour, #FFFFFF: no closing sign.)
  { language: 'placeholder', regex: /#[A-Z][A-Z0-9_]{1,60}#/y },
  // An ICU MessageFormat plural or select, {count, plural, one{# item} other{# items}} (FormatJS,
  // react-intl, Angular): read as one branch's copy (icuBranchText).
  { language: 'icu', regex: /\{[A-Za-z_][\w.]{0,40}\s*,\s*(?:plural|select|selectordinal)\s*,(?:[^{}\n]|\{[^{}]{0,500}\}){0,60}\}/y, name: NAMES_NOTHING, read: icuBranchText },
  // Go-style field references in locale strings, {.InviteUrl} (Apache Answer).
  { language: 'placeholder', regex: /\{\.[A-Za-z_][\w.]{0,80}\}/y },
  // Twig with custom delimiters, {$ recipient.lastName $} (WMDE's mails).
  { language: 'twig', regex: /\{\$\s[^{}\n]{0,500}?\s\$\}/y },
  // Zotonic's translation tag, {_ Reaction added to _}: its copy is read, its delimiters are not.
  { language: 'zotonic', regex: /\{_\s[^{}\n]{1,500}?\s_\}/y, name: NAMES_NOTHING, read: (tag) => `  ${tag.slice(2, -2)}  ` },
  // A placeholder named in two to four lowercase words, {shop name}, {delivery state} (no
  // punctuation inside: a CSS rule has colons and semicolons).
  { language: 'placeholder', regex: /\{[a-z]{2,20}(?: [a-z]{2,20}){1,3}\}/y, name: (tag) => tag.slice(1, -1).replace(/ /g, '_') },
  // Java MessageFormat's positional arguments, {0}, {1,number} (.properties files, Keycloak, alf.io).
  { language: 'placeholder', regex: /\{\d{1,2}(?:,[^{}\n]{0,40})?\}/y, name: NAMES_NOTHING },
  // Python format fields, as Mailman's and Django's text templates write them: %(listname)s.
  { language: 'python', regex: /%\([A-Za-z_][\w.-]{0,80}\)[sdifr]?/y },
  // Names between at-signs, as DokuWiki's and many Java build templates write them: @PAGE@, @DIFF@.
  { language: 'placeholder', regex: /@[A-Z][A-Z0-9_]{1,60}@/y },
  // Names between double underscores, as Meteor's and i18next's older interpolation writes them
  // (Wekan: "__inviter__ heeft je uitgenodigd"). Not inside a word (BEM's "email__header").
  { language: 'placeholder', regex: /__[a-z][A-Za-z0-9_.]{0,60}?__(?![A-Za-z0-9])/y, name: (tag) => tag.slice(2, -2) },
  // A Blade @php … @endphp block is code, never output: masked whole, not just its two directives
  // (its body, "$label = $paid ? 'Paid' : 'Open'", is no copy). The inline @php($x = 1) is a directive.
  { language: 'blade', regex: /@php\b(?![ \t]*\()[\s\S]{0,20000}?@endphp\b/y, close: { text: '@endphp', within: 20010 } },
  // Blade directives (@component('mail::message'), @if($x), @endforeach, @lang('…')), not after a
  // word character (an address, support@example.com, is text).
  {
    language: 'blade',
    regex: /@(?:component|endcomponent|slot|endslot|if|elseif|else|endif|unless|endunless|foreach|endforeach|forelse|empty|endforelse|for|endfor|while|endwhile|isset|endisset|include|includeIf|extends|section|endsection|yield|stack|push|endpush|lang|choice|php|endphp|markdown|endmarkdown|auth|endauth|guest|endguest|csrf|props|switch|case|break|endswitch)\b(?:[ \t]*\((?:[^()\n]|\([^()\n]{0,200}\)){0,500}\))?/y,
  },
  // In a template with no HTML markup, a lowercase name in angle brackets is a placeholder: FluxBB's,
  // PunBB's and their forks' mail templates write <poster>, <topic_subject>, <topic_url>. (Where the
  // file has HTML tags, <td> is markup; an address, <https://…> or <a@b.c>, has other characters.)
  { language: 'placeholder', regex: /<[a-z][a-z0-9_]{1,40}>/y, textOnly: true, name: (tag) => tag.slice(1, -1) },
];

// A '<' opens a tag only before one of AFTER_ANGLE (a lookahead, so that character is still
// scanned as an opener itself): HTML tags are skipped by the scan instead of one match each.
const OPENERS = /[{$*%[@#]|<(?=[%?#/@!<])|(?<![\w])_(?=_[a-z])/g;

/**
 * The patterns that can match at an opener, by its character: every pattern starts with one
 * literal character, and after '<' only '%', '?', '#', '/', '@', '!' or '<' can follow. An HTML tag ('<p')
 * is so skipped at once instead of being tried against every pattern. Same order as TAG_PATTERNS.
 */
const PATTERNS_BY_OPENER = new Map<string, TagPattern[]>(
  [...'{<$*%[@_#'].map((c) => [c, TAG_PATTERNS.filter((p) => p.regex.source.startsWith(`\\${c}`) || p.regex.source.startsWith(c))]),
);
const AFTER_ANGLE = new Set(['%', '?', '#', '/', '@', '!', '<']);

/** An HTML tag a mail's markup always has one of: the file is HTML, not a text template. */
const HTML_MARKUP = /<\/?(?:html|head|body|div|p|br|table|tbody|tr|td|th|span|a|img|b|i|u|strong|em|h[1-6]|ul|ol|li|font|center|style|meta|hr|blockquote|pre|mjml|mj-[a-z-]+)\b[^<>]{0,2000}>/i;
/** The scan's openers when angle-bracket names are placeholders: '<' before a lowercase letter too. */
const OPENERS_WITH_ANGLE_NAMES = new RegExp(OPENERS.source.replace('<(?=[%?#/@!<])', '<(?=[%?#/@!<a-z])'), 'g');

/** A Smarty comment, {* … *} or <!--{* … *}-->: it names nothing. */
const SMARTY_COMMENT = /^(?:<!--)?\{\*/;
/** A branch of an ICU choice: its key (=1, one, other, male…) and its copy. */
const ICU_BRANCH = /(=?[\w-]+)\s*\{([^{}]*)\}/g;

/**
 * An ICU choice's copy, its length kept: the 'other' branch (the general case; else the last),
 * its '#' (the number) blanked, everything else blanked. Every branch read together would say
 * "one item other items".
 */
function icuBranchText(tag: string): string {
  const branches = [...tag.matchAll(ICU_BRANCH)];
  const chosen = branches.find((b) => b[1] === 'other') ?? branches.at(-1);
  const chars = blankedChars(tag);
  if (chosen) {
    const start = chosen.index! + chosen[0].length - 1 - chosen[2]!.length;
    for (let i = 0; i < chosen[2]!.length; i++) chars[start + i] = chosen[2]![i] === '#' ? ' ' : chosen[2]![i]!;
  }
  return chars.join('');
}

const TRANSLATION_CALL = /(?:\b(?:trans|translate|gettext|dgettext|ngettext|lang|i18n|t|l\s+s|intl\s+l)\b|(?:^|[^\w])__?\s*\(|\|\s*(?:trans|t|translate)\b)/;
const QUOTED = /"((?:[^"\\\n]|\\.){1,500})"|'((?:[^'\\\n]|\\.){1,500})'/;
/**
 * Functions a template wraps a value in to escape, test or format it as it is printed: the value is
 * what the tag stands for. <?php echo esc_html( $tracking ); ?> is the tracking number, not
 * "esc_html" (WordPress and WooCommerce write every value so); e($order->id), htmlspecialchars(),
 * number_format(), isset() and empty() alike.
 */
const OUTPUT_WRAPPERS = ['esc_html', 'esc_attr', 'esc_url', 'esc_js', 'esc_textarea', 'esc_html__', 'esc_attr__', 'esc_html_e', 'esc_attr_e', 'wp_kses', 'wp_kses_post', 'wpautop', 'wptexturize',
  'e', 'h', 'htmlspecialchars', 'htmlentities', 'nl2br', 'strip_tags', 'urlencode', 'rawurlencode', 'ucfirst', 'ucwords', 'strtoupper', 'strtolower', 'trim',
  'number_format', 'intval', 'floatval', 'isset', 'empty', 'is_null', 'wc_price'];
const KEYWORDS = new Set(['var', 'if', 'unless', 'else', 'elsif', 'elseif', 'end', 'endif', 'for', 'each', 'with', 'echo', 'php', 'trans', 'include', 'render', 'block', 'template', 'layout', 'raw', 'html', 'escape', 'this', 'print', 'assign', 'in', 'not', 'and', 'or', 'l', 's', 't', 'depend', 'endfor', 'ifequal', 'htmlescape', ...OUTPUT_WRAPPERS]);

export interface MaskResult {
  masked: string;
  placeholders: Placeholder[];
  /** Template languages whose syntax was seen (liquid, handlebars, erb, php, freemarker…). */
  languages: Set<string>;
}

export interface MaskOptions {
  /** The template is HTML: Rails' link helpers are written as the links they render (rails-links.ts). */
  railsLinks?: boolean;
}

export function maskTemplate(source: string, opts: MaskOptions = {}): MaskResult {
  const placeholders: Placeholder[] = [];
  const languages = new Set<string>();
  const out: string[] = [];
  let last = 0;
  // Next occurrence of each closing literal at or after the last position asked for. Openers
  // are visited left to right, so each memo only moves forward: linear over the whole file.
  const nextClose = new Map<string, number>();
  const closeAt = (text: string, from: number): number => {
    const known = nextClose.get(text);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = source.indexOf(text, from);
    nextClose.set(text, found);
    return found;
  };
  const angleNames = source.includes('<') && !HTML_MARKUP.test(source);
  const openers = angleNames ? OPENERS_WITH_ANGLE_NAMES : OPENERS;
  openers.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = openers.exec(source)) !== null) {
    const at = m.index;
    if (at < last) continue;
    const opener = m[0];
    if (opener === '<' && !AFTER_ANGLE.has(source[at + 1] ?? '') && !(angleNames && /[a-z]/.test(source[at + 1] ?? ''))) continue;
    // An HTML end tag ('</p>'): of the patterns that open with '<', only FreeMarker's '</#…>' and
    // '</@…>' go on with '/', so every other end tag is passed at once.
    if (opener === '<' && source[at + 1] === '/' && source[at + 2] !== '#' && source[at + 2] !== '@') continue;
    if (opener === '@' && at > 0 && /\w/.test(source[at - 1]!)) continue;
    for (const { language, regex, close, name: nameOf, read, textOnly } of PATTERNS_BY_OPENER.get(opener)!) {
      if (textOnly && !angleNames) continue;
      if (close) {
        const c = closeAt(close.text, at + 1);
        const closes = c >= 0 && c - at <= close.within;
        if (!closes && !(close.orEnd && source.length - at <= close.within)) continue;
      }
      regex.lastIndex = at;
      const hit = regex.exec(source);
      if (!hit) continue;
      const tag = hit[0];
      const link = opts.railsLinks && language === 'erb' ? railsLinkMarkup(tag) : null;
      out.push(source.slice(last, at), link ? link.markup : read ? read(tag) : replacementFor(tag));
      last = at + tag.length;
      openers.lastIndex = last;
      if (language !== 'placeholder' || languages.size === 0) languages.add(language);
      // (A link helper, or a URL built from a named route, names the route and its arguments:
      // the words of where the link goes.)
      const names = link?.names ?? routeNames(tag);
      if (names) for (const name of names) placeholders.push({ name, offset: at, route: true });
      const name = names ? null : (nameOf ?? placeholderName)(tag);
      if (name) placeholders.push({ name, offset: at });
      break;
    }
  }
  if (last === 0) return { masked: source, placeholders, languages };
  out.push(source.slice(last));
  if (languages.size > 1) languages.delete('placeholder');
  return { masked: out.join(''), placeholders, languages };
}

/**
 * A cut from a PHP language file or mail class that lost its opening tag: its first line is PHP
 * code (`$_['text_subject'] = …`, `define('EMAIL_TEXT', …)`, `'subject' => …`, `return [`, a
 * comment). PHP itself would print such a file as it stands, so no real template starts that way.
 */
const PHP_CODE_START = /^\s*(?:\$[A-Za-z_]\w*\s*(?:\[|=|->)|define(?:_once)?\s*\(|['"][\w.:-]{1,100}['"]\s*=>|return\s*(?:\[|array\s*\()|array\s*\(|\/\/|\/\*|#)/;

/** Whether `source` (a .php file) is PHP code with no opening tag anywhere. */
export function isPhpWithoutOpenTag(source: string): boolean {
  return !source.includes('<?') && PHP_CODE_START.test(source);
}

const PHP_OPEN_TAG = '<?php\n';

/** A PHP cut masked as the block it was cut from: as if it opened with `<?php`, offsets its own. */
export function maskPhpWithoutOpenTag(source: string): MaskResult {
  const { masked, placeholders, languages } = maskTemplate(PHP_OPEN_TAG + source);
  // (The block is masked to its own length, so its first characters stand for the added tag.)
  return {
    masked: masked.slice(PHP_OPEN_TAG.length),
    placeholders: placeholders.map((p) => ({ ...p, offset: Math.max(0, p.offset - PHP_OPEN_TAG.length) })),
    languages,
  };
}

/**
 * A PHP block that assigns strings (`$_['text_greeting'] = '…';`, `define('EMAIL_TEXT', '…');`,
 * `'subject' => '…'`) or passes them to a mail builder (`->subject('…')`, `->line(__('…'))`): a
 * language file or a mail class, where the mail's words live. Its multi-word string literals stay
 * visible at their own places; the code around them is blanked.
 */
const PHP_ASSIGNMENTS = /^<\?php\b[\s\S]*?(?:=>?|\bdefine(?:_once)?\s*\(\s*['"][^'"\n]{1,100}['"]\s*,|->\s*(?:subject|line|greeting|action)\s*\(\s*(?:__\s*\(\s*)?)\s*(?:['"]|<<<)/;
/** The longest literal read as copy (a longer one is code or data). */
const MAX_LITERAL = 2000;

/**
 * The string literals of a PHP block, found by reading it left to right, so that a quote inside a
 * literal (',') or in a comment ("// it's") never starts one: each with where its body starts and
 * the code character before it. (A regular expression run over the block can start inside a
 * literal and read code as words.)
 */
function* phpLiterals(code: string): Generator<{ quote: number; body: string; after: string; interpolated: boolean; heredoc: boolean }> {
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') i = lineEndAt(code, i);
    else if (c === '#') i = lineEndAt(code, i);
    else if (c === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2);
      i = end < 0 ? code.length : end + 1;
    } else if (c === "'" || c === '"') {
      const close = closingQuote(code, i + 1, c);
      yield { quote: i, body: code.slice(i + 1, close), after: lastCodeChar(code, i), interpolated: c === '"', heredoc: false };
      i = close;
    } else if (c === '<' && code.startsWith('<<<', i)) {
      // A heredoc (<<<TEXT, <<<"TEXT") or nowdoc (<<<'TEXT'): its lines up to the one that starts
      // with its identifier (indented, from PHP 7.3).
      HEREDOC_OPEN.lastIndex = i;
      const open = HEREDOC_OPEN.exec(code);
      if (!open) continue;
      const bodyStart = i + open[0].length;
      const closing = new RegExp(String.raw`\n[ \t]*${open[2]}\b`, 'g');
      closing.lastIndex = bodyStart - 1;
      const end = closing.exec(code);
      const close = end ? end.index : code.length;
      yield { quote: bodyStart - 1, body: code.slice(bodyStart, close), after: lastCodeChar(code, i), interpolated: open[1] !== "'", heredoc: true };
      i = end ? end.index + end[0].length - 1 : code.length;
    }
  }
}

/** A heredoc's or nowdoc's opening, <<<TEXT, <<<"TEXT", <<<'TEXT', and its line break. */
const HEREDOC_OPEN = /<<<[ \t]*(["']?)([A-Za-z_]\w{0,40})\1\r?\n/y;
/** A variable a double-quoted string or heredoc prints: ${year}, {$order['id']}, $name, $user->name, $d["email"]. */
const INTERPOLATION = /\$\{[^{}\n]{0,100}\}|\{\$[^{}\n]{0,200}\}|\$[A-Za-z_]\w*(?:\[[^\]\n]{0,60}\]|->[A-Za-z_]\w*)*/g;
/** The longest heredoc read as copy: it holds a whole mail. */
const MAX_HEREDOC = 20_000;

/** Where the line of position `i` ends. */
function lineEndAt(code: string, i: number): number {
  const end = code.indexOf('\n', i);
  return end < 0 ? code.length : end;
}

/** The last character before position `i` that is not a blank. */
function lastCodeChar(code: string, i: number): string {
  let k = i - 1;
  while (k >= 0 && /\s/.test(code[k]!)) k--;
  return k >= 0 ? code[k]! : '';
}

/**
 * A literal assigned ($_['x'] = '…', 'subject' => '…'), passed after a key (define('EMAIL_TEXT', '…'))
 * or continuing a concatenation ('…' . "\n\n" . '<li>…'): a value. Not one opening a call or an
 * index (define('EMAIL_TEXT', …), $HTTP_POST_VARS['firstname']): a name.
 */
const VALUE_AFTER = new Set(['=', '>', ',', '.']);
/**
 * A translation function's call just before a literal, `__( '…'`, `esc_html__('…'`, `_e(`, `__d('…'`,
 * `Lang::get(`, `trans(`, or a mail builder's copy call, `->line('…'`, `->subject(`, `->action('…'`
 * (Laravel's MailMessage, Symfony's Email): the literal is its copy (WordPress and Laravel mail
 * classes keep their subjects, headings and lines in these), not a name.
 */
const COPY_CALL_BEFORE = /(?:(?:^|[^\w$>:])(?:__|_e|_x|_ex|_n|esc_html__|esc_html_e|esc_attr__|esc_attr_e|__d|trans|trans_choice|Lang::get|t)|->\s*(?:subject|greeting|line|salutation|action|text|html))\s*\(\s*$/;
/** How far before a literal its subject key or subject call is looked for. */
const SUBJECT_KEY_CHARS = 300;
/** A key that names the mail's subject, quoted, at the end of the code before its string. */
const SUBJECT_KEY = /['"][\w.-]*subject[\w.-]*['"]\s*\]?\s*(?:=>?|,)?\s*$/i;
/**
 * A mail builder's subject: ->subject('…') or ->subject(__('…')) (Laravel's MailMessage and
 * Mailable, Symfony's Email, CodeIgniter's email), ->Subject = '…' (PHPMailer).
 */
const SUBJECT_CALL = /->\s*subject\s*(?:\(\s*(?:(?:__|trans|Lang::get|_t|t)\s*\(\s*)?|=\s*)$/i;
export const SUBJECT_LABEL = 'Subject:';

/**
 * Writes "Subject:" at `lineStart` into blanked code (`chars`, one per character) before the
 * string a subject key names, so the line reads as a text mail's subject line.
 */
export function writeSubjectLabel(chars: string[], lineStart: number): void {
  for (let i = 0; i < SUBJECT_LABEL.length; i++) chars[lineStart + i] = SUBJECT_LABEL[i]!;
}

function languageFileText(tag: string): string | null {
  if (!tag.includes('\n') || !PHP_ASSIGNMENTS.test(tag)) return null;
  const chars = blankedChars(tag);
  let kept = 0;
  let subject = false;
  // Where the line of the current literal starts, moved forward literal by literal (a search back
  // from each literal would be quadratic on a long line of them).
  let lineStart = 0;
  let scanned = 0;
  for (const literal of phpLiterals(tag)) {
    const { quote, after } = literal;
    const value = VALUE_AFTER.has(after) || (after === '(' && COPY_CALL_BEFORE.test(tag.slice(Math.max(0, quote - 40), quote)));
    if (!value || literal.body.length > (literal.heredoc ? MAX_HEREDOC : MAX_LITERAL)) continue;
    // (The variables a double-quoted string or a heredoc prints are its placeholders, not its words.)
    const body = literal.interpolated ? literal.body.replace(INTERPOLATION, blankKeepingLines) : literal.body;
    // A key or a format string is one word; the copy has words, or is a phrase in a script
    // written without spaces (ニュースレターへようこそ！).
    if (!hasTwoWords(body) && !UNSPACED_PHRASE.test(body)) continue;
    const start = quote + 1;
    // Markup in the string (<a href=":link">, <br/>) is the mail's layout, and :name, %s, %1$s and
    // %name% are its placeholders, not its words.
    // (Blanks keep the string's line breaks: a tag may run over two lines of a multi-line string.)
    const text = body.replace(/<[^<>]{0,200}>/g, blankKeepingLines).replace(ESCAPE, unescapeInPlace).replace(PLACEHOLDER_OR_LINE_BRACED, blankKeepingLines).replace(/[<>]/g, ' ');
    // The string whose key names the subject ($_['text_subject'], 'mail_subject' =>,
    // define('EMAIL_TEXT_SUBJECT', …)) is the subject line: "Subject:" is written into the blanked
    // code before it, at the start of its line, as a text mail's subject line reads.
    for (; scanned < quote; scanned++) if (tag[scanned] === '\n') lineStart = scanned + 1;
    const before = tag.slice(Math.max(lineStart, quote - SUBJECT_KEY_CHARS), quote);
    if (!subject && (SUBJECT_KEY.test(before) || SUBJECT_CALL.test(before)) && start - 1 - lineStart >= SUBJECT_LABEL.length) {
      writeSubjectLabel(chars, lineStart);
      subject = true;
    }
    for (let i = 0; i < text.length; i++) chars[start + i] = text[i]!;
    // The statement's end separates one string from the next, as a line break would.
    chars[start + text.length] = '.';
    kept++;
  }
  return kept > 0 ? chars.join('') : null;
}

/**
 * A literal's own placeholders: printf conversions (%s, %d, and positional %1$s, which %name alone
 * cut after "%1", leaving "$s"), %name and %name% (PrestaShop, osCommerce), :name (Laravel).
 */
const LITERAL_PLACEHOLDER = String.raw`%[1-9]\d?\$[sdu]|%\w+%?|%[sd]|:[a-z_]+\b|${MERGE_TAG_NESTED.source}`;
/** The same, and a placeholder of the string's own template syntax on one line, {$order.id} or {if $x} (languageFileText). */
const PLACEHOLDER_OR_LINE_BRACED = new RegExp(String.raw`${LITERAL_PLACEHOLDER}|\{[^{}\n]{0,80}\}`, 'g');
/** The same, markup and {name} too (spokenLiterals). */
const MARKUP_OR_PLACEHOLDER = new RegExp(String.raw`<[^<>]{0,200}>|${LITERAL_PLACEHOLDER}|\{[^{}]{0,80}\}`, 'g');
/** The same with {name} of any length (translatedLiteral). */
const PLACEHOLDER_OR_BRACED = new RegExp(String.raw`${LITERAL_PLACEHOLDER}|\{[^{}]*\}`, 'g');

/** A backslash escape in a string literal. */
const ESCAPE = /\\(.)/g;

/**
 * An escape read in place, its length kept: an escaped quote or backslash is that character and a
 * soft hyphen, which is removed before matching (src/model/visible-text.ts), so "J\'ai" reads
 * "J'ai", one word; "\n", "\t" and the like are blanks.
 */
export function unescapeInPlace(_escape: string, ch: string): string {
  return /["'\\/`$]/.test(ch) ? ch + '\u00ad' : '  ';
}

/**
 * Tags whose literals are never shown: comments, conditions, loops, includes and layout (a string
 * compared in `{% if plan == "free plan" %}` is not copy).
 */
const NOT_OUTPUT = /^(?:\{#|<%#|<#--|\{%-?\s*(?:if|elsif|elseif|elif|unless|when|case|for|include|extends|import|from|macro|call|layout|section|partial|embed|use)\b|\{\{~?-?\s*(?:#|\/|>|!|else\b))/;
/** A string literal in a tag: its body is group 1 or 2 (newlines allowed: copy is wrapped in source too). */
const STRING_LITERAL = /"((?:[^"\\]|\\.){1,2000})"|'((?:[^'\\]|\\.){1,2000})'/g;
/** A keyword argument whose value is markup, not copy: class="btn btn-primary", style="…", href='…'. */
const ATTRIBUTE_ARGUMENT = /\b(?:class|className|style|id|href|src|url|target|type|format|align|width|height|color|lang|dir|rel)\s*[=:]\s*$/;
/** A word of running text: letters only (an apostrophe, and one trailing punctuation mark, allowed). */
const PLAIN_WORD = /^\p{L}{2,}(?:['’]\p{L}+)?[.,!?:;)]?$/u;
/** Scripts written without spaces: four characters of them are a phrase. */
export const UNSPACED_PHRASE = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]{4,}/u;

/**
 * An output tag's string literals that read as copy, each at its own place, the rest blanked:
 * `{{ render_text("Your trial will end " + user.trial_end) }}`, `<?php echo __d('baser', '…') ?>`,
 * `<%= t("Your order has shipped") %>`. Many real templates keep every sentence in such calls
 * (a helper, a translation function with a domain argument); masked, their words would be lost.
 * A literal counts when it is running text — two words of letters, most of its words plain, or
 * a phrase in a script written without spaces — not a class list, a path, a format or a key.
 */
export function spokenLiterals(tag: string): string | null {
  if (NOT_OUTPUT.test(tag) || !/["']/.test(tag)) return null;
  let chars: string[] | null = null;
  STRING_LITERAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STRING_LITERAL.exec(tag)) !== null) {
    const body = m[1] ?? m[2] ?? '';
    if (ATTRIBUTE_ARGUMENT.test(tag.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (/:\/\/|^\s*[/#.@$]/.test(body)) continue;
    // Markup, escapes and the literal's own placeholders become blanks of the same length.
    const clean = body
      .replace(ESCAPE, unescapeInPlace)
      .replace(MARKUP_OR_PLACEHOLDER, blankKeepingLines)
      .replace(/[<>]/g, ' ');
    const words = clean.split(/\s+/).filter(Boolean);
    const plain = words.filter((w) => PLAIN_WORD.test(w)).length;
    if (!((plain >= 2 && plain * 2 >= words.length) || UNSPACED_PHRASE.test(clean))) continue;
    chars ??= blankedChars(tag);
    const start = m.index + 1;
    for (let i = 0; i < clean.length; i++) chars[start + i] = clean[i]!;
    // The literal ends a phrase, as the end of a line would.
    if (!/[.!?:]\s*$/.test(clean)) chars[start + clean.length] = ' ';
  }
  return chars ? chars.join('') : null;
}

/** Same-length replacement: a translated literal if the tag carries one, else blanks; newlines kept. */
function replacementFor(tag: string): string {
  if (COMMENT_BLOCK.test(tag)) return blankKeepingLines(tag);
  const strings = tag.length > 200 ? languageFileText(tag) : null;
  if (strings) return strings;
  const spoken = spokenLiterals(tag);
  if (spoken) return spoken;
  const literal = translatedLiteral(tag);
  // Most tags carry no literal (and no newline): blanks only.
  if (!literal) return blankKeepingLines(tag);
  const chars = blankedChars(tag);
  let j = 0;
  for (let i = 0; i < chars.length && j < literal.length; i++) {
    if (chars[i] === '\n') continue;
    chars[i] = literal[j++] ?? ' ';
  }
  return chars.join('');
}

const COMMENT_BLOCK = /^\{%-?\s*comment\s*-?%\}/;

function translatedLiteral(tag: string): string | null {
  if (!TRANSLATION_CALL.test(tag)) return null;
  const q = QUOTED.exec(tag);
  if (!q) return null;
  const raw = (q[1] ?? q[2] ?? '').replace(/\\(.)/g, '$1');
  // A translation key ('emails.order.tracking', 'mail::welcome.subject', 'order_shipped_title') names
  // the copy kept elsewhere; its words are no copy (read as text, "order" and "shipped" would be
  // transactional wording the mail may not say).
  if (TRANSLATION_KEY.test(raw)) return null;
  // Drop the literal's own placeholders (%store_name, {name}, :count, %s, %1$s) and markup delimiters.
  const text = raw
    .replace(PLACEHOLDER_OR_BRACED, ' ')
    .replace(/[<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return /\p{L}/u.test(text) ? text : null;
}

/**
 * A translation key: names joined by dots, colons, slashes or underscores, no blank ("emails.welcome.title",
 * "order_shipped"), or a Rails lazy lookup (".greeting", the key under the template's own path).
 */
const TRANSLATION_KEY = /^[A-Za-z][\w-]*(?:(?:\.|::|:|\/)[\w-]+)+$|^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$|^\.[A-Za-z][\w.-]*$/;

const LEAD_DELIMITERS = new Set('{<[*%$#@?= \t\n\r\f\v');
const TRAIL_DELIMITERS = new Set('}>]*%? \t\n\r\f\v');

/**
 * A named printf-style placeholder of a translation string: Magento's "%sender_name", Symfony's
 * "%name%". Not after a letter, a digit or another '%' ("50%off", "100%%"), and
 * never a number ("%50 indirim" is a Turkish discount, "%2F" an encoded slash).
 */
const NAMED_PRINTF = /(?<![\p{L}\p{N}_%])%([A-Za-z_][A-Za-z0-9_]{0,60})%?(?![\p{L}\p{N}_])/gu;

/**
 * A translation file's strings with their named printf placeholders blanked (the same length) and
 * named: only there, since in a template "%" is a percentage's. "%sender_name wants to share this
 * product with you" names who the mail is sent for.
 */
export function maskPrintfPlaceholders(text: string): { masked: string; placeholders: Placeholder[] } {
  if (!text.includes('%')) return { masked: text, placeholders: [] };
  const placeholders: Placeholder[] = [];
  const masked = text.replace(NAMED_PRINTF, (whole: string, name: string, offset: number) => {
    placeholders.push({ name, offset });
    return ' '.repeat(whole.length);
  }).replace(POSITIONAL_PRINTF, (whole: string) => ' '.repeat(whole.length));
  return { masked, placeholders };
}

/**
 * A positional printf conversion, %1$s, %2$d (WordPress, Matomo): its conversion letter is known, so
 * it is blanked even where a word follows without a space ("%2$sclick here%3$s"). It names nothing.
 */
const POSITIONAL_PRINTF = /%[1-9]\d?\$[sdufx]/g;

/** ['key'] or ["key"] after a name: the key of an array or a dictionary. */
const SUBSCRIPT_KEY = /\[\s{0,3}['"]([A-Za-z_]\w{0,60})['"]\s{0,3}\]/g;
/** PHP's -> (and ?->) between an object and its property. */
const ARROW = /\??->(?=[A-Za-z_])/g;

function placeholderName(raw: string): string | null {
  // A key read out of an array or object names the value: $mailData['password'] and
  // $order->id are mailData.password and order.id, not mailData and order.
  const tag = raw.includes('[') || raw.includes('->') ? raw.replace(SUBSCRIPT_KEY, '.$1').replace(ARROW, '.') : raw;
  // Delimiters trimmed by hand: the regex /[…]+$/g retried at every position of a long run of
  // blanks that does not reach the end, which is quadratic in the tag's length.
  let from = 0;
  let to = tag.length;
  while (from < to && LEAD_DELIMITERS.has(tag[from]!)) from++;
  while (to > from && TRAIL_DELIMITERS.has(tag[to - 1]!)) to--;
  const inner = tag.slice(from, to);
  const words = inner.match(/[A-Za-z_][\w.]*/g) ?? [];
  const word = words.find((w) => !KEYWORDS.has(w.toLowerCase()));
  return word ? word.slice(0, 100) : null;
}
