/**
 * Untrusted text stays text, and pages cannot reach into the extension
 * (Chromium, with a build whose bundled index is a hostile one, built here).
 *
 * - A page with markup and script as text in its title, byline, outlet and a
 *   quote, right-to-left overrides and lookalike letters, compared with an
 *   index whose reports carry the same in their ids, titles and outlets, and
 *   `javascript:`, `data:` and lookalike addresses: nothing runs (the canary
 *   `__crossreadPwned` stays unset in the page, the popup, the options page
 *   and the background), no element but Crossread's own appears in the card
 *   or the popup, links are http(s) only, lookalike hosts are shown as the
 *   browser spells them (xn--…) and no bidirectional override reaches the screen.
 * - Report files with hostile names and fields imported on the options page: shown as text.
 * - The page posts messages, dispatches events, and reaches for the
 *   extension's files and API: nothing changes.
 * - Frames: the content script runs in the top frame only.
 */
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serviceWorkerOf, tabIdOf } from './support/chromium';
import { startSiteServer, type SiteServer } from './support/site-server';
import { extensionVariant, withBundledIndex } from './support/variant';
import { hostileReports, LOOKALIKE_HOST_ASCII, payloads, RLO, untrustedMarkup } from './support/hostile';
import { waitForHighlights, highlights } from './support/page-probe';
import { buildIndex, type IndexInput } from '../src/index/build-index';
import { readInputs } from '../src/node/read-inputs';

test.describe.configure({ mode: 'serial' });

let site: SiteServer;
let profile: string;
let context: BrowserContext;
let variant: { dir: string; remove(): void };
let own: string;

test.beforeAll(async () => {
  const seeds: IndexInput[] = [];
  for await (const e of readInputs(['corpus/seeds'])) if (e.type === 'file') seeds.push(...e.reports);
  const background = JSON.parse(readFileSync('src/index/background-df.json', 'utf8'));
  const { bytes } = buildIndex(hostileReports(seeds), background);
  variant = extensionVariant('hostile', (dir) => withBundledIndex(dir, bytes));
  site = await startSiteServer();
  profile = mkdtempSync(join(tmpdir(), 'crossread-hostile-'));
  context = await launchWithExtension(profile, variant.dir);
  own = `chrome-extension://${new URL((await serviceWorkerOf(context)).url()).host}/`;
});
test.afterAll(async () => {
  await context?.close();
  await site?.close();
  rmSync(profile, { recursive: true, force: true });
  variant?.remove();
});

type CdpNode = { nodeName: string; nodeType: number; attributes?: string[]; children?: CdpNode[]; shadowRoots?: CdpNode[]; nodeValue?: string };

/** The elements (name and attributes) and the text inside the card's closed shadow root, read through the DevTools Protocol. */
async function cardContents(page: Page): Promise<{ elements: Array<{ name: string; attrs: Record<string, string> }>; text: string } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const find = (n: CdpNode): CdpNode | null => (n.nodeName === 'CROSSREAD-CARD' ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].map(find).find(Boolean) ?? null);
    const host = find(root);
    if (!host) return null;
    const elements: Array<{ name: string; attrs: Record<string, string> }> = [];
    let text = '';
    const walk = (n: CdpNode) => {
      if (n.nodeType === 1) {
        const attrs: Record<string, string> = {};
        for (let i = 0; i + 1 < (n.attributes ?? []).length; i += 2) attrs[n.attributes![i]] = n.attributes![i + 1];
        elements.push({ name: n.nodeName.toLowerCase(), attrs });
      }
      if (n.nodeType === 3 && n.nodeValue) text += n.nodeValue;
      for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
    };
    walk(host);
    return { elements, text };
  } finally {
    await cdp.detach();
  }
}

/** Elements and attributes no untrusted text may turn into. */
const FORBIDDEN = new Set(['script', 'img', 'svg', 'iframe', 'object', 'embed', 'form', 'input', 'video', 'audio', 'link', 'meta', 'base']);
const badElements = (elements: Array<{ name: string; attrs: Record<string, string> }>) =>
  elements.flatMap((e) => [
    ...(FORBIDDEN.has(e.name) ? [`<${e.name}>`] : []),
    ...Object.keys(e.attrs).filter((a) => a.toLowerCase().startsWith('on') || a === 'srcdoc').map((a) => `<${e.name} ${a}>`),
    ...(e.name === 'a' && e.attrs.href !== undefined && !/^https?:\/\//.test(e.attrs.href) ? [`<a href="${e.attrs.href}">`] : []),
  ]);

/** What an extension page holds that untrusted text could have become, and its canary. */
async function extensionPageProblems(page: Page): Promise<{ bad: string[]; pwned: unknown; rlo: boolean }> {
  return {
    bad: await page.evaluate(untrustedMarkup, { own }),
    ...(await page.evaluate(() => ({ pwned: (window as unknown as { __crossreadPwned?: unknown }).__crossreadPwned, rlo: document.body.innerText.includes('\u202E') }))),
  };
}

async function popupFor(page: Page): Promise<Page> {
  const tabId = await tabIdOf(await serviceWorkerOf(context), page);
  const popup = await context.newPage();
  await popup.goto(`${own}popup.html?tabId=${tabId}`);
  await popup.locator('[data-state]:not([data-state="working"])').first().waitFor();
  return popup;
}

test('a hostile page compared with a hostile index: nothing runs, nothing is injected, links are http(s) only', async () => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1100, height: 800 });
  await page.goto(`${site.origin}/hostile/003.html`);
  const marks = await waitForHighlights(page, 3);

  // The popup: the hostile title, outlet and report titles are there, as text.
  const popup = await popupFor(page);
  await expect(popup.locator('[data-state="done"]')).toBeVisible();
  const popupText = await popup.locator('body').innerText();
  expect(popupText).toContain(payloads('page').img); // the page's title, as text
  expect(popupText).toContain(payloads('index').img); // a report's title, as text
  expect(popupText).toContain('Kursk deal txet desrever'); // the override removed, the letters kept
  expect(await extensionPageProblems(popup)).toEqual({ bad: [], pwned: undefined, rlo: false });

  // Every card: only Crossread's own elements, http(s) links only, the lookalike host spelled out.
  const seenHosts = new Set<string>();
  let cards = 0;
  for (let i = 0; i < marks.length; i++) {
    await (await serviceWorkerOf(context)).evaluate(([tabId]) => chrome.tabs.sendMessage(tabId as number, { type: 'step', direction: 1 }, { frameId: 0 }), [await tabIdOf(await serviceWorkerOf(context), page)]);
    await expect.poll(async () => (await cardContents(page)) !== null).toBe(true);
    const card = (await cardContents(page))!;
    cards++;
    expect(badElements(card.elements)).toEqual([]);
    expect(card.text).not.toContain(RLO);
    for (const e of card.elements) if (e.name === 'a') seenHosts.add(new URL(e.attrs.href).hostname);
  }
  expect(cards).toBeGreaterThanOrEqual(3);
  // The one http(s) report address is a lookalike: linked under the name the browser gives it, which shows what it is.
  expect([...seenHosts]).toEqual([LOOKALIKE_HOST_ASCII]);
  expect(LOOKALIKE_HOST_ASCII.startsWith('xn--')).toBe(true);

  // Nothing ran anywhere.
  expect(await page.evaluate(() => (window as unknown as { __crossreadPwned?: unknown }).__crossreadPwned)).toBeUndefined();
  expect(await (await serviceWorkerOf(context)).evaluate(() => (self as unknown as { __crossreadPwned?: unknown }).__crossreadPwned)).toBeUndefined();
  // The page's clobbering markup changed nothing: highlights are there and the page is the page.
  expect((await highlights(page)).filter((h) => h.name !== 'crossread-active').length).toBe(marks.length);
  console.log(`[figures] hostile page: ${cards} cards opened and checked; report addresses: javascript:, data:, lookalike https; canary unset in page, popup and background`);
  await popup.close();
  await page.close();
});

test('report files with hostile names and fields, imported on the options page, are shown as text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'crossread-hostile-files-'));
  const p = payloads('file');
  const name = join(dir, `${p.img.replace(/\//g, '')} ${RLO}txt.ndjson`);
  const reports = [
    { id: `x ${p.script}`, title: `${p.svg} headline`, html: `<html><body><h1>${p.img}</h1><p>${p.script} A body long enough to be an article, said the minister on Monday.</p>${p.iframe}</body></html>`, outlet: p.img, url: 'javascript:alert(1)' },
    { id: 'y', title: `A ${RLO}title`, text: `Body ${p.script} with markup as text.`, outlet: `${RLO}moc.elgoog` },
  ];
  writeFileSync(name, reports.map((r) => JSON.stringify(r)).join('\n'));
  const options = await context.newPage();
  await options.goto(`${own}options.html`);
  await options.locator('#reports-files').setInputFiles(name);
  await options.locator('#reports-import').click();
  await expect(options.locator('[data-status="done"]')).toBeVisible();
  await expect(options.locator('.collection-name')).toContainText('txt.ndjson');
  expect(await extensionPageProblems(options)).toEqual({ bad: [], pwned: undefined, rlo: false });
  await options.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the page cannot talk to the extension: messages, events, its files and its API', async () => {
  const page = await context.newPage();
  await page.goto(`${site.origin}/hostile/003.html`);
  await waitForHighlights(page, 3);
  const sw = await serviceWorkerOf(context);
  const tabId = await tabIdOf(sw, page);
  const storage = () => sw.evaluate(() => chrome.storage.session.get(null));
  const before = await storage();
  const marks = (await highlights(page)).length;

  const tried = await page.evaluate(async (own) => {
    const fake = { type: 'page-article', article: { title: 'Forged', text: 'Forged\n\nForged text.', outlet: null, published: null, url: null, byline: null, lang: 'en' }, extractMs: 1 };
    for (const m of [fake, { type: 'get-tab-state', tabId: 1 }, { type: 'add-page', tabId: 1 }, { type: 'show-divergences', articleText: '', divergences: [], reports: [] }, { type: 'analyse-now' }]) {
      window.postMessage(m, '*');
      window.postMessage(JSON.stringify(m), '*');
      for (const name of [m.type, 'crossread', 'message']) {
        document.dispatchEvent(new CustomEvent(name, { detail: m }));
        window.dispatchEvent(new CustomEvent(name, { detail: m }));
      }
    }
    const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
    // The extension's files are not web-accessible: a page cannot read them, nor frame its pages.
    const files: string[] = [];
    for (const path of ['index/seeds.crix', 'manifest.json', 'popup.html', 'content.js']) {
      files.push(await fetch(own + path).then((r) => `${path}: read (${r.status})`, () => `${path}: refused`));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return { runtime: typeof chromeApi?.runtime?.sendMessage, files };
  }, own);
  expect(tried.runtime).toBe('undefined');
  expect(tried.files).toEqual(['index/seeds.crix: refused', 'manifest.json: refused', 'popup.html: refused', 'content.js: refused']);
  expect(await storage()).toEqual(before);
  expect((await highlights(page)).length).toBe(marks);
  expect(tabId).toBeGreaterThan(0);
  console.log('[figures] page-to-extension attempts: 5 messages × (postMessage ×2 + 6 events) = 40, 4 extension files fetched, runtime API looked for: nothing changed');
  await page.close();
});

test('the manifest: no externally_connectable, no web_accessible_resources, content scripts in the top frame only, a strict CSP', async () => {
  const manifest = JSON.parse(readFileSync(join(variant.dir, 'manifest.json'), 'utf8'));
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_scripts.every((c: { all_frames?: boolean }) => !c.all_frames)).toBe(true);
  expect(manifest.content_security_policy.extension_pages).toBe("default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
  // Frames: forty article pages inside a page that is not one; only the top frame is read.
  const page = await context.newPage();
  await page.goto(`${site.origin}/stress/frames.html`);
  const sw = await serviceWorkerOf(context);
  const tabId = await tabIdOf(sw, page);
  await expect.poll(() => sw.evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { status?: string } | undefined)?.status, `tab:${tabId}`)).toBe('not-article');
  await page.waitForTimeout(1_000);
  expect(await sw.evaluate(async (k) => ((await chrome.storage.session.get(k))[k] as { status?: string }).status, `tab:${tabId}`)).toBe('not-article');
  const framed = await Promise.all(page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].length)));
  expect(framed.length).toBe(40);
  expect(framed.every((n) => n === 0)).toBe(true);
  await page.close();
});
