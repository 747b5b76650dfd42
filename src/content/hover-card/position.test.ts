import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeCard } from './position';

const viewport = { width: 1000, height: 800 };

describe('placeCard', () => {
  it('puts the card below the claim when it fits', () => {
    expect(placeCard({ left: 100, top: 100, right: 200, bottom: 120 }, { width: 300, height: 200 }, viewport)).toEqual({ left: 100, top: 128, maxHeight: 664, side: 'below' });
  });
  it('puts it above when only that side has room', () => {
    const p = placeCard({ left: 100, top: 700, right: 200, bottom: 720 }, { width: 300, height: 200 }, viewport);
    expect(p).toMatchObject({ side: 'above', top: 492 });
  });
  it('moves it in from the right edge', () => {
    expect(placeCard({ left: 900, top: 100, right: 980, bottom: 120 }, { width: 300, height: 100 }, viewport).left).toBe(692);
  });
  it('limits its height to the larger side when it fits on neither', () => {
    const p = placeCard({ left: 0, top: 300, right: 50, bottom: 320 }, { width: 300, height: 900 }, viewport);
    expect(p).toMatchObject({ side: 'below', top: 328, maxHeight: 464 });
  });
  it('always stays inside the viewport', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -500, max: 1500 }),
        fc.integer({ min: -500, max: 1300 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 50, max: 900 }),
        fc.integer({ min: 50, max: 1200 }),
        (x, y, w, h, cw, ch) => {
          const p = placeCard({ left: x, top: y, right: x + w, bottom: y + h }, { width: cw, height: ch }, viewport);
          const height = Math.min(ch, p.maxHeight);
          expect(p.left).toBeGreaterThanOrEqual(8);
          expect(p.left + cw).toBeLessThanOrEqual(viewport.width - 8);
          expect(p.top).toBeGreaterThanOrEqual(8);
          expect(p.top + height).toBeLessThanOrEqual(viewport.height - 8);
        },
      ),
    );
  });
});
