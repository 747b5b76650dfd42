/**
 * When the card opens and closes. Hovering a highlighted claim opens its card
 * after a short wait (so that moving the pointer across the text does not
 * flash cards); leaving it closes the card after another, unless the pointer
 * went into the card. A card opened from the keyboard stays until Escape, a
 * click outside it, or its claim leaving the viewport. The pointer is checked
 * against the highlights at most once a frame (Highlighter.hitTest).
 */
import type { ComponentChild } from 'preact';
import type { CardHost } from './hover-card/card-host';
import type { Highlighter } from './highlighter';
import type { Scope } from './scope';

export const OPEN_DELAY_MS = 120;
export const CLOSE_DELAY_MS = 300;

interface Pointer {
  x: number;
  y: number;
  inCard: boolean;
}

export class HoverController {
  /** The divergence whose card is open, or null. */
  private index: number | null = null;
  private byKeyboard = false;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  /** The highlights' lifetime, while the controller follows the pointer over them. */
  private scope: Scope | null = null;

  constructor(
    private readonly doc: Document,
    private readonly highlighter: Highlighter,
    private readonly card: CardHost,
    /** The card for the divergence at `index`. */
    private readonly content: (index: number, close: () => void) => ComponentChild,
  ) {}

  get current(): number | null {
    return this.index;
  }

  get isOpen(): boolean {
    return this.card.isOpen;
  }

  /** Follows the pointer, clicks, Escape, scrolling and resizing until `scope` ends; the card closes with it. */
  attach(scope: Scope): void {
    this.scope = scope;
    scope.onAbort(() => {
      this.close();
      if (this.scope === scope) this.scope = null;
    });
    const win = this.doc.defaultView!;
    const passive = { passive: true, capture: true } as const;

    let pointer: Pointer | null = null;
    let frame = 0;
    scope.listen(
      this.doc,
      'mousemove',
      (event) => {
        pointer = { x: event.clientX, y: event.clientY, inCard: this.card.contains(event) };
        if (!frame) {
          frame = scope.frame(() => {
            frame = 0;
            if (pointer) this.onPointer(pointer);
          });
        }
      },
      passive,
    );
    scope.listen(
      this.doc.documentElement,
      'mouseleave',
      () => {
        scope.clearTimeout(this.openTimer);
        if (this.card.isOpen && !this.byKeyboard) this.scheduleClose();
      },
      passive,
    );
    scope.listen(
      this.doc,
      'pointerdown',
      (event) => {
        if (this.card.isOpen && !this.card.contains(event)) this.close();
      },
      passive,
    );
    scope.listen(
      win,
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !this.card.isOpen) return;
        const inside = this.card.contains(event);
        this.close();
        // Escape pressed inside our card is ours; pressed in the page, the page gets it too.
        if (inside) {
          event.preventDefault();
          event.stopPropagation();
        }
      },
      { capture: true },
    );
    let followFrame = 0;
    const follow = () => {
      if (followFrame || !this.card.isOpen) return;
      followFrame = scope.frame(() => {
        followFrame = 0;
        if (!this.card.reposition()) this.forget();
      });
    };
    scope.listen(win, 'scroll', follow, passive);
    scope.listen(win, 'resize', follow, passive);
  }

  /** Opens the card of the divergence at `index` (placed in the page); from the keyboard it takes the focus. */
  open(index: number, byKeyboard: boolean): void {
    const placed = this.highlighter.find(index);
    if (!placed) return;
    this.clearTimers();
    this.index = index;
    this.byKeyboard = byKeyboard;
    this.highlighter.setActive(index);
    this.card.open(this.content(index, () => this.close()), () => boxOf(placed.range), { focus: byKeyboard });
    if (!this.card.isOpen) this.forget();
  }

  close(): void {
    this.clearTimers();
    this.card.close();
    this.forget();
  }

  private onPointer(p: Pointer): void {
    if (p.inCard) {
      this.scope?.clearTimeout(this.closeTimer);
      return;
    }
    const hit = this.highlighter.hitTest(this.doc, p.x, p.y);
    if (hit) {
      this.scope?.clearTimeout(this.closeTimer);
      if (this.index === hit.index) return;
      this.scope?.clearTimeout(this.openTimer);
      this.openTimer = this.scope?.setTimeout(() => this.open(hit.index, false), OPEN_DELAY_MS);
    } else {
      this.scope?.clearTimeout(this.openTimer);
      if (this.card.isOpen && !this.byKeyboard) this.scheduleClose();
    }
  }

  private scheduleClose(): void {
    this.scope?.clearTimeout(this.closeTimer);
    this.closeTimer = this.scope?.setTimeout(() => this.close(), CLOSE_DELAY_MS);
  }

  private clearTimers(): void {
    this.scope?.clearTimeout(this.openTimer);
    this.scope?.clearTimeout(this.closeTimer);
    this.openTimer = this.closeTimer = undefined;
  }

  /** The card is gone (closed, or its claim left the viewport): nothing is shown as active. */
  private forget(): void {
    if (this.index !== null && this.highlighter.active === this.index) this.highlighter.setActive(null);
    this.index = null;
    this.byKeyboard = false;
  }
}

/** The claim's box in the viewport, or null when its text is gone or not laid out. */
function boxOf(range: Range): DOMRect | null {
  if (!range.startContainer.isConnected) return null;
  const box = range.getBoundingClientRect();
  return box.width === 0 && box.height === 0 ? null : box;
}
