import { describe, expect, it } from 'vitest';
import { routeNames } from '../src/input/route-names.js';
import { createChecker } from '../src/check.js';

describe('a URL built from a named route', () => {
  it('names the route and its named arguments, in Django, Flask, Laravel and Symfony syntax', () => {
    expect(routeNames("{% url 'password_reset_confirm' uidb64=uid token=token %}")).toEqual(['password_reset_confirm', 'uidb64', 'token']);
    expect(routeNames("{{ url_for('security.confirm_email', token=token, _external=True) }}")).toEqual(['security.confirm_email', 'token', '_external']);
    expect(routeNames("{{ route('verification.verify', ['id' => $user->id, 'hash' => $hash]) }}")).toEqual(['verification.verify', 'id', 'hash']);
    expect(routeNames("{{ path('app_verify_email', {token: signedToken}) }}")).toEqual(['app_verify_email', 'token']);
  });

  it("names a Rails route helper and its Ruby arguments, and nothing in a tag that calls no route helper", () => {
    expect(routeNames('<%= confirm_api_action_confirmations_url(token: @token, consented: true) %>')).toEqual(['confirm_api_action_confirmations_url', 'token', 'consented']);
    expect(routeNames('<%= edit_password_path(@user, :reset_token => @t) %>')).toEqual(['edit_password_path', 'reset_token']);
    expect(routeNames('<%= user.full_name(short: true) %>')).toBeNull();
    expect(routeNames('<%= render_url %>')).toBeNull();
  });

  it('is no route in any other tag, nor in a helper given no quoted route', () => {
    expect(routeNames('{{ user.name }}')).toBeNull();
    expect(routeNames('{{ url }}')).toBeNull();
    expect(routeNames('{{ url_for(endpoint) }}')).toBeNull();
  });

  const checker = createChecker({ fallback: null });
  // Words no lexicon lists (made-up copy), so only where the link goes can tell what the mail is.
  const signUp = (href: string) => `<p>Bonvenon {{ user.name }}!</p>\n<p>Klaku la butonon sube.</p>\n<p><a href="${href}">Daŭrigi</a></p>`;

  it('tells a one-time confirmation link from its route and token when the address is a template\'s', async () => {
    for (const href of ["{{ url_for('security.confirm_email', token=token) }}", "{{ route('verification.verify', ['id' => $id, 'hash' => $hash]) }}"]) {
      const r = await checker.checkBuffer('confirm.html', Buffer.from(signUp(href)), { explain: true });
      expect(r.signals?.['core.verification'], href).toBe(true);
      expect(r.category, href).toBe('transactional');
    }
    // The same mail whose link goes to a page named otherwise is not read as a sign-up.
    const other = await checker.checkBuffer('confirm.html', Buffer.from(signUp("{{ url_for('shop.index', ref=campaign) }}")), { explain: true });
    expect(other.signals?.['core.verification']).toBe(false);
  });

  it('tells one in a text template, which has no links, from the placeholders that build it', async () => {
    const text = "Bonvenon,\n\n{{ protocol }}://{{ domain }}{% url 'password_reset_confirm' uidb64=uid token=token %}\n\nLa teamo";
    const r = await checker.checkBuffer('reset.txt', Buffer.from(text), { explain: true });
    expect(r.signals?.['core.password']).toBe(true);
  });

  it('is a page, never the recipient\'s password: a reset route is no login detail', async () => {
    const r = await checker.checkBuffer('reset.html', Buffer.from(signUp("{{ route('password.reset', ['token' => $token]) }}")), { explain: true });
    expect(r.signals?.['core.password']).toBe(true);
    expect(r.signals?.['core.credentials']).toBe(false);
  });
});
