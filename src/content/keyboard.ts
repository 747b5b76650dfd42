/**
 * The keyboard shortcut's step from one highlight to the next. The shortcut
 * itself is a browser command (manifest `commands`, relayed by the
 * background), so the page's own keys and tab order are left alone.
 */

/**
 * Which highlight the step lands on: the one after (direction 1) or before
 * (-1) the current one, wrapping around; with none current, the first one
 * from the top of the viewport down (or the last one above its bottom, going
 * back). `tops` and `bottoms` are the highlights' viewport positions in
 * document order.
 *
 * @example stepIndex({ tops: [-50, 100, 900], bottoms: [-30, 120, 920], viewportHeight: 800, current: null, direction: 1 }) // 1
 */
export function stepIndex(input: { tops: readonly number[]; bottoms: readonly number[]; viewportHeight: number; current: number | null; direction: 1 | -1 }): number | null {
  const { tops, bottoms, viewportHeight, current, direction } = input;
  const n = tops.length;
  if (n === 0) return null;
  if (current !== null && current >= 0 && current < n) return (current + direction + n) % n;
  if (direction === 1) {
    const i = tops.findIndex((top) => top >= 0);
    return i >= 0 ? i : 0;
  }
  for (let i = n - 1; i >= 0; i--) if (bottoms[i] <= viewportHeight) return i;
  return n - 1;
}
