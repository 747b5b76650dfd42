/**
 * Where the card goes: below the highlighted claim if it fits there, else
 * above, else on the side with more room (the card then scrolls inside);
 * aligned with the claim's left edge and moved in so that it stays inside the
 * viewport. Pure: viewport coordinates in, viewport coordinates out.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card's height may not exceed this, to stay inside the viewport. */
  maxHeight: number;
  side: 'below' | 'above';
}

export interface PlaceOptions {
  /** Space between the claim and the card. */
  gap?: number;
  /** Space kept between the card and the viewport's edges. */
  margin?: number;
}

/**
 * @example placeCard({ left: 100, top: 100, right: 200, bottom: 120 }, { width: 300, height: 200 }, { width: 1000, height: 800 })
 * // { left: 100, top: 128, maxHeight: 664, side: 'below' }
 */
export function placeCard(anchor: Box, card: { width: number; height: number }, viewport: { width: number; height: number }, options: PlaceOptions = {}): Placement {
  const gap = options.gap ?? 8;
  const margin = options.margin ?? 8;
  // Measured inside the viewport: a claim scrolled partly out of view has no more room than the viewport.
  const roomBelow = viewport.height - margin - Math.max(anchor.bottom + gap, margin);
  const roomAbove = Math.min(anchor.top - gap, viewport.height - margin) - margin;
  let side: Placement['side'];
  if (card.height <= roomBelow) side = 'below';
  else if (card.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, Math.floor(side === 'below' ? roomBelow : roomAbove));
  const height = Math.min(card.height, maxHeight);
  // A claim scrolled partly out of view still gets a card inside the viewport.
  const top = side === 'below' ? clamp(anchor.bottom + gap, margin, viewport.height - margin - height) : clamp(anchor.top - gap - height, margin, viewport.height - margin - height);
  const left = clamp(anchor.left, margin, viewport.width - margin - card.width);
  return { left: Math.round(left), top: Math.round(top), maxHeight, side };
}

function clamp(x: number, min: number, max: number): number {
  return Math.max(min, Math.min(x, Math.max(min, max)));
}
