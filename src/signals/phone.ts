/**
 * Phone numbers, told apart from the other long numbers mail is full of (parcel tracking,
 * order, invoice and customer numbers). PHONE finds the shapes a phone number is written in;
 * hasPhoneNumber keeps only those that are one.
 */

/** How phone numbers are written: +1 416…, 0049 30…, (416) 555-0100, 416-555-0100, 030 1234 5678, 03-5551234 (IL). */
export const PHONE = /(?:\+|\b00)\d[\d\s().-]{7,18}\d|\(\d{3}\)\s?\d{3}-\d{4}|\b\d{3}[-.]\d{3}[-.]\d{4}\b|\b0\d{2,4}[\s/-]\d{3,}[\s-]?\d{2,}|\b0\d-\d{7}\b/;
const PHONE_ALL = new RegExp(PHONE.source, 'g');

/** E.164: a phone number has at most 15 digits after the international prefix. */
const MAX_PHONE_DIGITS = 15;

/**
 * Words that label the number after them as something else: "Tracking number:", "Order no.",
 * "Sendungsnummer", "n° de commande". Read on the few characters before a number, so the label
 * must end right where the number starts ("Questions about your order? Call 0800…" is a phone).
 */
const NUMBER_LABEL = new RegExp(
  '(?<!\\p{L})(?:' +
    [
      'track\\p{L}*', 'trace', 'order', 'parcel', 'package', 'shipment', 'consignment', 'waybill', 'invoice', 'reference', 'ref', 'customer', 'account', 'booking', 'confirmation', 'transaction', 'item', 'article', 'serial', 'sku',
      // (German compounds spelled out: "Kundenservice 0800…" is a phone, "Kundennummer 0800…" is not)
      'sendungs?(?:nummer|verfolgung)?', 'bestell(?:nummer|ung)', 'paket(?:nummer)?', 'rechnungs?(?:nummer)?', 'auftrags?(?:nummer)?', 'kundennummer', 'buchungs?(?:nummer)?',
      'suivi', 'colis', 'commande', 'facture', 'envoi', 'seguimiento', 'pedido', 'env[ií]o', 'factura', 'tracciamento', 'spedizione', 'ordine', 'pacco', 'fattura', 'rastreio', 'rastreamento', 'encomenda', 'fatura',
      'zending', 'bestelling', 'pakket', 'factuur', 'заказ\\p{L}*', 'трек\\p{L}*', 'отправлени\\p{L}*', 'посылк\\p{L}*', 'накладн\\p{L}*', 'sipariş\\p{L}*', 'kargo', 'takip', 'αποστολής?', 'παραγγελίας?', 'משלוח', 'הזמנה', 'التتبع', 'الطلب', 'الشحنة',
    ].join('|') +
    ')[\\s-]*(?:number|nummer|no\\.?|nr\\.?|n[°º]\\.?|num[eé]ro|número|numero|#|id|code|código|codice|номер|№|numarası|αριθμός|מספר|رقم)?\\s*(?:de\\s+(?:suivi|commande|colis))?[\\s:#.-]*$|(?:追跡番号|注文番号|お問い合わせ番号|伝票番号|运单号|快递单号|订单号|訂單編號|訂單號)\\s*[:：]?\\s*$',
  'iu',
);
/** How far before a number its label is looked for. */
const LABEL_WINDOW = 40;

export function hasPhoneNumber(text: string): boolean {
  if (!/\d/.test(text)) return false;
  for (const m of text.matchAll(PHONE_ALL)) {
    if (isPhoneNumber(text, m.index, m[0].length)) return true;
  }
  return false;
}

/** Whether the phone-shaped match at text[start, start + length) is a phone number. */
function isPhoneNumber(text: string, start: number, length: number): boolean {
  // The whole number: a tracking number's digits can run on past what the phone shape took
  // (not across a space: "030 1234 5678 10115 Berlin" is a phone number, then a postcode).
  const whole = text.slice(start, start + length) + (/^(?:[.-]?\d+)+/.exec(text.slice(start + length, start + length + 40))?.[0] ?? '');
  const digits = whole.replace(/\D/g, '').replace(/^00/, '');
  if (digits.length > MAX_PHONE_DIGITS) return false;
  return !NUMBER_LABEL.test(text.slice(Math.max(0, start - LABEL_WINDOW), start));
}
