/**
 * The card's place in the page: one `crossread-card` element with a shadow
 * root (closed in the shipped build, so page scripts cannot read what other
 * reports say; open in the Firefox test build, whose test cannot pierce it),
 * added while a card is open and removed when it closes. A custom element
 * name rather than a <div> keeps page styles that target ordinary elements
 * away from it; `:host { all: initial }` resets what they could still pass
 * down. Fixed position, so it does not take part in the page's layout.
 */
import { render, type ComponentChild } from 'preact';
import { CARD_CSS } from './card-style';
import { placeCard, type Box } from './position';

export const CARD_TAG = 'crossread-card';

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private anchor: (() => Box | null) | null = null;
  private restoreFocus: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly mode: 'open' | 'closed',
  ) {}

  get isOpen(): boolean {
    return this.host !== null;
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /** Shows `content` next to the box `anchor` returns (called again on scroll); takes focus when asked (keyboard). */
  open(content: ComponentChild, anchor: () => Box | null, options: { focus: boolean }): void {
    if (!this.host) this.create();
    this.anchor = anchor;
    render(content, this.mount!);
    // A claim outside the viewport (one the page would not scroll to) closes the card at once.
    if (!this.reposition()) return;
    if (options.focus) {
      const active = this.doc.activeElement;
      if (active !== this.host) this.restoreFocus = active instanceof HTMLElement ? active : null;
      (this.mount!.firstElementChild as HTMLElement | null)?.focus({ preventScroll: true });
    }
  }

  /** Follows the claim; closes when the claim has left the viewport. Returns false when it closed. */
  reposition(): boolean {
    if (!this.host || !this.mount || !this.anchor) return false;
    const box = this.anchor();
    const view = this.doc.defaultView!;
    const viewport = { width: this.doc.documentElement.clientWidth || view.innerWidth, height: view.innerHeight };
    if (!box || box.bottom < 0 || box.top > viewport.height) {
      this.close();
      return false;
    }
    const card = this.mount.firstElementChild as HTMLElement | null;
    if (!card) return true;
    card.style.maxHeight = '';
    const size = card.getBoundingClientRect();
    const place = placeCard(box, { width: size.width, height: size.height }, viewport);
    card.style.maxHeight = `${place.maxHeight}px`;
    this.host.style.setProperty('top', `${place.top}px`, 'important');
    this.host.style.setProperty('left', `${place.left}px`, 'important');
    this.host.style.setProperty('visibility', 'visible', 'important');
    return true;
  }

  close(): void {
    if (!this.host) return;
    const hadFocus = this.doc.activeElement === this.host;
    render(null, this.mount!);
    this.host.remove();
    this.host = null;
    this.mount = null;
    this.anchor = null;
    if (hadFocus && this.restoreFocus?.isConnected) this.restoreFocus.focus({ preventScroll: true });
    this.restoreFocus = null;
  }

  private create(): void {
    const host = this.doc.createElement(CARD_TAG);
    for (const [name, value] of [
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['z-index', '2147483647'],
      ['display', 'block'],
      ['visibility', 'hidden'],
      ['margin', '0'],
      ['padding', '0'],
      ['border', '0'],
    ]) host.style.setProperty(name, value, 'important');
    const root = host.attachShadow({ mode: this.mode });
    adoptStyles(root, this.doc);
    const mount = this.doc.createElement('div');
    root.appendChild(mount);
    // After <body>: outside the page's own layout containers and their transforms.
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
  }
}

/**
 * A constructed stylesheet where the browser allows adopting it (not subject
 * to the page's style-src policy), else a <style> inside the shadow root.
 */
function adoptStyles(root: ShadowRoot, doc: Document): void {
  try {
    const sheet = new (doc.defaultView as typeof globalThis).CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    if (root.adoptedStyleSheets.length === 1) return;
  } catch {
    // Firefox content scripts may not hand their own arrays to the page's objects; fall through.
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.appendChild(style);
}
