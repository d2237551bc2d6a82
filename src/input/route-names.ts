/**
 * The route a URL-building tag names: `{% url 'password_reset_confirm' uidb64=uid token=token %}`
 * (Django), `{{ url_for('security.confirm_email', token=token) }}` (Flask), `{{ route('verification.verify',
 * ['id' => $id, 'hash' => $hash]) }}` (Laravel), `{{ path('app_verify_email', {token: t}) }}`
 * (Symfony), `<%= confirmation_url(token: @token) %>` (Rails, whose helper is named for its route).
 * The tag's first word is the helper (url_for, route), which says nothing of where the
 * link goes; the route and its named arguments do ("confirm_email", "token"). They are returned as
 * the tag's placeholder names, read as a `{{ confirmation_url }}` would be: kinds, one-time links,
 * unsubscribe and shop destinations. Null for any other tag.
 */

import { RUBY_NAMED_ARGUMENT } from './rails-links.js';

/** Template delimiters and the helper: `{% url`, `{{ url_for(`, `<?= route(`, `${urlFor(`, `<%= url_for(`. */
const URL_HELPER = /^(?:\{[{%]-?|<\?(?:php\s+echo|=)|<%=?|\$\{)\s*(?:url|url_for|urlFor|path|path_for|route|absolute_url|generateUrl|reverse)\b\s*\(?\s*/;
/** The route: the first quoted name after the helper (letters, digits, dots, colons, dashes, underscores). */
const ROUTE = /^["']([A-Za-z_][\w.:-]{0,100})["']/;
/** Named arguments: token=token (Django, Python), token: t (Twig, JavaScript), 'hash' => $h (PHP). */
const ARGUMENT_NAME = /(?:^|[\s,({[])(?:([A-Za-z_]\w{0,60})\s*=(?![=>])|([A-Za-z_]\w{0,60})\s*:(?!:)|["']([A-Za-z_]\w{0,60})["']\s*=>)/g;

/**
 * A Rails route helper in an output tag, `<%= confirmation_url(token: @token) %>`, `<%= edit_password_path(@user, reset_token: t) %>`:
 * the helper is named for its route. Its named arguments are Ruby's (`token: @token`, `:token => t`).
 */
const RAILS_ROUTE = /^<%(?:==?|-)\s*([a-z][a-z0-9_]{0,80}_(?:url|path))\s*\(/;

/** How far after the route its arguments are read. */
const ARGUMENTS_CHARS = 500;
/** At most this many names: the route and its first arguments. */
const MAX_NAMES = 8;

/** The route and its named arguments, if `tag` builds a URL from a named route. */
export function routeNames(tag: string): string[] | null {
  const rails = RAILS_ROUTE.exec(tag);
  if (rails) return withArguments(rails[1]!, tag.slice(rails[0].length, rails[0].length + ARGUMENTS_CHARS), RUBY_NAMED_ARGUMENT);
  const helper = URL_HELPER.exec(tag);
  if (!helper) return null;
  const rest = tag.slice(helper[0].length, helper[0].length + ARGUMENTS_CHARS);
  const route = ROUTE.exec(rest);
  if (!route) return null;
  return withArguments(route[1]!, rest.slice(route[0].length), ARGUMENT_NAME);
}

/** The route, then each distinct argument name `pattern` finds in `args` (its first group that matched). */
function withArguments(route: string, args: string, pattern: RegExp): string[] {
  const names = [route];
  for (const a of args.matchAll(pattern)) {
    const name = a[1] ?? a[2] ?? a[3]!;
    if (!names.includes(name) && names.length < MAX_NAMES) names.push(name);
  }
  return names;
}
