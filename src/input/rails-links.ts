/**
 * Rails' link helpers in an ERB output tag: `<%= link_to 'Confirm my account',
 * confirmation_url(@resource, confirmation_token: @token) %>`, `<%= button_to 'Unsubscribe',
 * unsubscribe_url(@subscription) %>`. Masked to blanks, such a tag left its words (when they were
 * two or more) and lost the link: graylint could not see a one-time confirmation link, an
 * unsubscribe link or a call to action's destination in Rails templates, whose every link is one.
 * Here the tag becomes the markup it renders, written where it stood and padded with blanks to its
 * length: `<a href="confirmation_url?confirmation_token=">Confirm my account</a>`.
 *
 * The destination is what the tag gives: a quoted URL as written, or the route helper's name with
 * its named arguments as a query (the words graylint reads in a link's address: "confirmation",
 * "unsubscribe", "token"). Route helpers and arguments are also returned as placeholder names, as a
 * `{{ confirmation_url }}` in another template's href would be.
 */

/** `<%= link_to`, `<%== link_to(`, `<%- button_to`: the helper and where its arguments start. */
const HELPER_CALL = /^<%(?:==?|-)\s*(link_to|button_to)\b\s*(\(?)/;
/** A Ruby string literal (double quotes may interpolate, #{…}). */
const RUBY_STRING = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')$/s;
/** A route helper or a method call: its name, then anything. */
const CALL_NAME = /^@?([A-Za-z_]\w*)/;
/** A named argument inside a Ruby call: `token: @token`, `:token => @token` (also read by route-names.ts). */
export const RUBY_NAMED_ARGUMENT = /(?:^|[(,\s{])(?::([A-Za-z_]\w*)\s*=>|([A-Za-z_]\w*):\s)/g;
/** The CSS class a helper is given (`class: "btn btn-primary"`, `:class => 'button'`). */
const CLASS_ARGUMENT = /^(?:class:\s*|:class\s*=>\s*)(?:"([^"#]*)"|'([^']*)')$/;

export interface RailsLink {
  /** Markup of the tag's length: the link, then blanks. */
  markup: string;
  /** The route helper and its named arguments (confirmation_url, confirmation_token), for placeholders. */
  names: string[];
}

/** The link a Rails helper tag renders, as markup of the tag's length; null for any other tag. */
export function railsLinkMarkup(tag: string): RailsLink | null {
  const call = HELPER_CALL.exec(tag);
  if (!call || tag.includes('\n')) return null;
  const inner = tag.slice(call[0].length).replace(/\s*-?%>$/, '').replace(call[2] ? /\)\s*$/ : /$/, '');
  const args = topLevelArguments(inner);
  // The block form (`link_to url do … end`) gives its words elsewhere: nothing to render here.
  if (args.length < 2) return null;
  const text = stringValue(args[0]!) ?? '';
  const target = destination(args[1]!);
  if (!target) return null;
  let cls = '';
  for (const a of args.slice(2)) {
    const c = CLASS_ARGUMENT.exec(a);
    if (c) cls = ` class="${(c[1] ?? c[2] ?? '').replace(/[^\w\s-]/g, ' ')}"`;
  }
  const element = call[1] === 'button_to' ? 'button' : 'a';
  const href = target.href.replace(/["<>\s]/g, '');
  const words = text.replace(/[<>]/g, ' ');
  let markup = `<${element} href="${href}"${cls}>${words}</${element}>`;
  if (markup.length > tag.length) markup = `<${element} href="${href}">${words}</${element}>`;
  if (markup.length > tag.length) return null;
  return { markup: markup + ' '.repeat(tag.length - markup.length), names: target.names };
}

/** A literal's words, interpolations (#{…}) and escapes blanked; null if the argument is no literal. */
function stringValue(arg: string): string | null {
  const m = RUBY_STRING.exec(arg.trim());
  if (!m) return null;
  return (m[1] ?? m[2] ?? '').replace(/#\{[^}]*\}/g, ' ').replace(/\\(.)/g, '$1');
}

/** Where the link goes: a quoted URL, or a route helper (and its named arguments), or a variable's name. */
function destination(arg: string): { href: string; names: string[] } | null {
  const literal = stringValue(arg);
  if (literal !== null) return literal.trim() ? { href: literal.trim(), names: [] } : null;
  const name = CALL_NAME.exec(arg.trim());
  if (!name) return null;
  const keys = [...arg.matchAll(RUBY_NAMED_ARGUMENT)].map((k) => k[1] ?? k[2]!).filter((k) => k !== name[1]);
  const query = keys.length ? `?${keys.map((k) => `${k}=`).join('&')}` : '';
  return { href: `${name[1]}${query}`, names: [name[1]!, ...keys] };
}

/** The arguments of a call, split at the commas outside quotes and brackets. */
function topLevelArguments(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(s.slice(from).trim());
  return out.filter(Boolean);
}
