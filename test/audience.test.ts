import { describe, expect, it } from 'vitest';
import { mainCurrency, senderCountry } from '../src/signals/audience.js';

describe('where a message shows its audience', () => {
  it('reads the currency its prices are in most often', () => {
    expect(mainCurrency('Total: 120 ₪ (incl. VAT), shipping 20 ₪')).toBe('ILS');
    expect(mainCurrency('Toplam: 249,90 TL')).toBe('TRY');
    expect(mainCurrency('Итого: 1 200 руб.')).toBe('RUB');
    expect(mainCurrency('Total A$49.95')).toBe('AUD');
    expect(mainCurrency('Total $49.95, was $59.95, and €5 off in Europe')).toBe('USD');
    expect(mainCurrency('Thanks for your order.')).toBe('');
  });

  it('does not take English words for currency codes', () => {
    expect(mainCurrency('Try our new app, or rub it in: try again later.')).toBe('');
  });

  it('reads the country a sender domain names', () => {
    expect(senderCountry('orders@shop.co.il')).toBe('il');
    expect(senderCountry('noreply@magaza.com.tr')).toBe('tr');
    expect(senderCountry('hello@example.com')).toBe('');
    expect(senderCountry(undefined)).toBe('');
  });
});
