/**
 * Reading what Crossread put in a page from a test: the CSS Custom Highlight
 * API entries (visible to page scripts) and the card, whose shadow root is
 * closed in the shipped build and read through the Chrome DevTools Protocol
 * (`DOM.getDocument` with `pierce: true`).
 */
import type { Page } from '@playwright/test';

export interface HighlightInfo {
  name: string;
  text: string;
  /** Centre of the range's first line box, in viewport coordinates. */
  x: number;
  y: number;
}

/** Every range in a `crossread*` highlight, in registry order. */
export async function highlights(page: Page): Promise<HighlightInfo[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const out: Array<{ name: string; text: string; x: number; y: number }> = [];
    for (const [name, h] of registry) {
      if (!name.startsWith('crossread')) continue;
      for (const range of h) {
        const r = range.getClientRects()[0];
        out.push({ name, text: range.toString().replace(/\s+/g, ' '), x: r ? r.left + Math.min(r.width / 2, 40) : -1, y: r ? r.top + r.height / 2 : -1 });
      }
    }
    return out;
  });
}

type CdpNode = { nodeName: string; nodeType: number; nodeValue?: string; children?: CdpNode[]; shadowRoots?: CdpNode[] };

/** The `crossread-card` element in a DevTools Protocol document tree, shadow roots included. */
function findCardHost<T extends CdpNode>(n: T): T | null {
  if (n.nodeName === 'CROSSREAD-CARD') return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])] as T[]) {
    const f = findCardHost(c);
    if (f) return f;
  }
  return null;
}

/** The text inside the `crossread-card` element's shadow root, or null when no card is open. */
export async function cardText(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findCardHost(root);
    if (!host) return null;
    const texts: string[] = [];
    const walk = (n: CdpNode) => {
      if (n.nodeName === 'STYLE') return;
      if (n.nodeType === 3 && n.nodeValue) texts.push(n.nodeValue);
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
    };
    walk(host);
    return texts.join('').replace(/\s+/g, ' ').trim();
  } finally {
    await cdp.detach();
  }
}

/** Waits until the page shows at least `min` crossread highlights, and returns them. */
export async function waitForHighlights(page: Page, min = 1, timeout = 20_000): Promise<HighlightInfo[]> {
  await page.waitForFunction(
    (min) => {
      let n = 0;
      for (const [name, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) if (name.startsWith('crossread')) n += h.size;
      return n >= min;
    },
    min,
    { timeout },
  );
  return highlights(page);
}

/**
 * A copy of the open card (its markup and its adopted stylesheets, the same
 * objects) in an element with an open shadow root, `#crossread-card-copy`,
 * which axe-core can read: it does not enter closed shadow roots. For tests
 * only; the copy is placed where the card is.
 */
export async function copyCardForAxe(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode & { backendNodeId: number } };
    const host = findCardHost(root);
    const shadow = host?.shadowRoots?.[0] as (CdpNode & { backendNodeId: number }) | undefined;
    if (!shadow) throw new Error('no open card');
    const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
    await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: `function () {
        const copy = document.createElement('div');
        copy.id = 'crossread-card-copy';
        copy.style.cssText = this.host.style.cssText;
        const root = copy.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [...this.adoptedStyleSheets];
        root.innerHTML = this.innerHTML;
        document.body.append(copy);
        this.host.style.setProperty('visibility', 'hidden', 'important');
      }`,
    });
  } finally {
    await cdp.detach();
  }
}
