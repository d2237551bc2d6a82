import { describe, expect, it } from 'vitest';
import { parseInput } from '../src/input/index.js';
import { buildModel } from '../src/model/index.js';
import { computeSignals } from '../src/signals/index.js';
import { ratingScaleStart } from '../src/signals/rating-scale.js';
import type { Link } from '../src/types.js';

const link = (text: string, blockIndex: number): Link => ({ href: `https://survey.example.com/r?score=${text}`, text, button: false, blockIndex, location: { scope: 'body' } });

async function signals(html: string, subject: string) {
  const parsed = await parseInput('t.html', Buffer.from(html, 'utf8'), { subject });
  return (await computeSignals(buildModel(parsed), undefined, { fallback: null })).values;
}

describe('a rating scale', () => {
  it('is five or more links numbered one after another from 0 or 1, in one block or in cells close together', () => {
    const nps = Array.from({ length: 11 }, (_, i) => link(String(i), 4));
    expect(ratingScaleStart(nps)?.text).toBe('0');
    const stars = Array.from({ length: 5 }, (_, i) => link(String(i + 1), 10 + i));
    expect(ratingScaleStart(stars)?.text).toBe('1');
    const afterOthers = [link('Track your parcel', 2), link('1', 5), link('3', 5), ...stars];
    expect(ratingScaleStart(afterOthers)?.blockIndex).toBe(10);
  });

  it('is not a short run, a run that does not start at 0 or 1, numbers out of order, or points far apart', () => {
    expect(ratingScaleStart([1, 2, 3, 4].map((n) => link(String(n), 3)))).toBeNull();
    expect(ratingScaleStart([2, 3, 4, 5, 6, 7].map((n) => link(String(n), 3)))).toBeNull();
    expect(ratingScaleStart([1, 2, 4, 3, 5, 6].map((n) => link(String(n), 3)))).toBeNull();
    expect(ratingScaleStart([1, 2, 3, 4, 5].map((n) => link(String(n), n * 4)))).toBeNull();
  });

  it('makes a receipt ask for a rating in any language, whatever its question says', async () => {
    const scale = Array.from({ length: 11 }, (_, i) => `<a href="https://survey.example.com/nps?score=${i}&order=48213">${i}</a>`).join(' ');
    const receipt = '<p>感谢您的订单 48213。实付金额：¥299.00（Visa 尾号 4242）。</p>';
    const asked = await signals(`${receipt}<p>您向朋友推荐我们的可能性有多大？</p><p>${scale}</p>`, '订单 48213 的收据');
    expect(asked['promo.review']).toBe(true);
    const plain = await signals(receipt, '订单 48213 的收据');
    expect(plain['promo.review']).toBe(false);
  });
});
