import { describe, expect, it } from 'vitest';
import { buildCheckRequest } from '../../src/server/request.js';
import { guessPayloadEsp } from '../../src/esp/guess.js';

describe('an ESP request sent to a service started without --esp', () => {
  it('is refused with the flag that reads it named', () => {
    const body = new TextEncoder().encode(JSON.stringify({ From: 'a@example.com', To: 'b@example.com', Subject: 'Receipt', HtmlBody: '<p>Thanks</p>', MessageStream: 'outbound' }));
    const built = buildCheckRequest('application/json', body);
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.error).toMatch(/looks like a postmark API request: start the service with `graylint serve --esp postmark`/);
  });

  it('tells the common ESP shapes apart, and our own request from all of them', () => {
    expect(guessPayloadEsp({ personalizations: [{ to: [{ email: 'b@example.com' }] }], content: [] })).toBe('sendgrid');
    expect(guessPayloadEsp({ Content: { Simple: {} }, Destination: {} })).toBe('ses');
    expect(guessPayloadEsp({ key: 'x', message: { html: '<p>Hi</p>' } })).toBe('mandrill');
    expect(guessPayloadEsp({ from: 'a@example.com', to: 'b@example.com', 'o:tag': 'receipt', html: '<p>Hi</p>' })).toBe('mailgun');
    expect(guessPayloadEsp({ html: '<p>Hi</p>', subject: 'Hi', from: 'a@example.com' })).toBeNull();
  });
});
