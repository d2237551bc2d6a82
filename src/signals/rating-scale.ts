/**
 * A rating scale: a row of links numbered one after another from 0 or 1 ("0 1 2 … 10", "1 2 3 4 5"),
 * each a score the reader gives by clicking it. It is how a satisfaction or recommendation survey
 * (NPS) and a star rating are laid out in mail, in every language, whatever the question above it
 * says: a review or rating request (LABELING: a promotional element that makes a receipt a hybrid).
 */
import type { Link } from '../types.js';

/** The fewest numbered links that make a scale (a five-point rating). */
const MIN_POINTS = 5;
/** The farthest apart, in blocks, two points of one scale may be (a table puts each in a cell of its own). */
const MAX_BLOCK_GAP = 2;
/** A link's text that is a number and nothing else. */
const POINT = /^\s*(\d{1,2})\s*$/;

/** The first link of the first rating scale among `links` (in document order), or null. */
export function ratingScaleStart(links: readonly Link[]): Link | null {
  let start: Link | null = null;
  let expected = -1;
  let count = 0;
  let lastBlock = -1;
  for (const l of links) {
    const n = POINT.exec(l.text)?.[1];
    const value = n === undefined ? -1 : Number(n);
    if (value >= 0 && value === expected && l.blockIndex - lastBlock <= MAX_BLOCK_GAP) {
      count++;
    } else if (value === 0 || value === 1) {
      start = l;
      count = 1;
    } else {
      start = null;
      count = 0;
    }
    if (start && count >= MIN_POINTS) return start;
    expected = start ? value + 1 : -1;
    lastBlock = l.blockIndex;
  }
  return null;
}
