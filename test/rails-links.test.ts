import { describe, expect, it } from 'vitest';
import { railsLinkMarkup } from '../src/input/rails-links.js';
import { createChecker } from '../src/check.js';

describe("Rails' link helpers in ERB", () => {
  it('become the link they render, of the tag\'s length: words, and the route with its named arguments', () => {
    const tag = "<%= link_to 'Confirm my account', confirmation_url(@resource, confirmation_token: @token) %>";
    const link = railsLinkMarkup(tag)!;
    expect(link.markup.length).toBe(tag.length);
    expect(link.markup.trimEnd()).toBe('<a href="confirmation_url?confirmation_token=">Confirm my account</a>');
    expect(link.names).toEqual(['confirmation_url', 'confirmation_token']);
  });

  it('keep a quoted URL as written, a one-word text, a button class, and a button_to as a button', () => {
    expect(railsLinkMarkup('<%= link_to("Shop", "https://shop.example.com/collections/new", class: "btn btn-primary") %>')!.markup.trimEnd())
      .toBe('<a href="https://shop.example.com/collections/new" class="btn btn-primary">Shop</a>');
    expect(railsLinkMarkup("<%= button_to 'Unsubscribe', unsubscribe_url(@subscription) %>")!.markup.trimEnd())
      .toBe('<button href="unsubscribe_url">Unsubscribe</button>');
    // A text from a call (a translation) is no literal: the link stays, its words are not invented.
    expect(railsLinkMarkup("<%= link_to t('mailer.confirm'), confirmation_url(confirmation_token: @token) %>")!.markup.trimEnd())
      .toBe('<a href="confirmation_url?confirmation_token="></a>');
  });

  it('leave other tags, the block form and tags over several lines to the masker', () => {
    expect(railsLinkMarkup('<%= @user.name %>')).toBeNull();
    expect(railsLinkMarkup('<%= link_to root_url do %>')).toBeNull();
    expect(railsLinkMarkup("<%= link_to 'Confirm',\n  confirmation_url(token: @t) %>")).toBeNull();
  });

  it('let a sign-up mail whose words read nothing be read by its one-time confirmation link', async () => {
    // Words no lexicon lists (a made-up greeting and a one-word button), and the link the helper renders.
    const erb = [
      '<p>Bonvenon <%= @email %>!</p>',
      '<p>Klaku la butonon sube.</p>',
      "<p><%= link_to 'Konfirmi', confirmation_url(@resource, confirmation_token: @token) %></p>",
    ].join('\n');
    const checker = createChecker({ fallback: null });
    const r = await checker.checkBuffer('confirmation_instructions.html.erb', Buffer.from(erb), { explain: true });
    expect(r.signals?.['core.verification']).toBe(true);
    expect(r.category).toBe('transactional');
    // As text, the same tag is masked as before: no markup is written into a text mail.
    const text = await checker.checkBuffer('confirmation_instructions.text.erb', Buffer.from(erb.replace(/<\/?p>/g, '')), { explain: true });
    expect(text.signals?.['core.verification']).toBe(false);
  });
});
