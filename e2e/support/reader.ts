/**
 * For the tests of the reader's index (remember*.spec.ts): a build whose
 * bundled index holds none of the seed reports (so that reading them
 * teaches Crossread something), and ways to see what the background did.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildIndex, type IndexInput } from '../../src/index/build-index';
import { parseReportFile } from '../../src/ingest/parse-report-file';
import { EXTENSION_DIR, serviceWorkerOf, tabIdOf } from './chromium';
import { extensionVariant, withBundledIndex } from './variant';

export const SEED = {
  s000: '/seeds/000_b881272ba5bff583.html',
  s001: '/seeds/001_434da23df04675cc.html',
  s002: '/seeds/002_5aec3afbfa2df5c3.html',
  s003: '/seeds/003_3d713cfd4bd28cc2.html',
};

/** A copy of a build whose bundled index is made of other reports (Michelle Obama's, from wikiref-dev). */
export function buildWithoutSeeds(name: string, build = EXTENSION_DIR): { dir: string; remove(): void } {
  const dir = resolve('corpus/wikiref-dev');
  const inputs: IndexInput[] = readdirSync(dir)
    .filter((f) => f.startsWith('michelle.obama.'))
    .flatMap((f) => parseReportFile(f, readFileSync(join(dir, f))).reports);
  const background = JSON.parse(readFileSync('src/index/background-df.json', 'utf8'));
  const { bytes } = buildIndex(inputs, background);
  return extensionVariant(name, (d) => withBundledIndex(d, bytes), build);
}

export interface Memory {
  status: string;
  id?: string;
  site?: string;
  ms?: number;
}

type State = { status: string; url: string; related?: Array<{ id: string; relation: string }>; divergences?: unknown[]; memory?: Memory };

/** The tab's state once the background has decided whether to remember its article. */
export async function rememberedState(context: BrowserContext, page: Page, tabId?: number): Promise<State> {
  const sw = await serviceWorkerOf(context);
  const id = tabId ?? (await tabIdOf(sw, page));
  const state = await sw.evaluate(async (id) => {
    for (let k = 0; k < 1200; k++) {
      const s = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as { status?: string; memory?: unknown } | undefined;
      if (s?.memory || (s?.status && s.status !== 'working' && s.status !== 'done')) return s;
      await new Promise((r) => setTimeout(r, 25));
    }
    return null;
  }, id);
  if (!state) throw new Error('the background did not decide whether to remember the page');
  return state as State;
}

/** Opens a page of the test site and waits until the background has remembered it (or said why not). */
export async function readPage(context: BrowserContext, url: string): Promise<{ page: Page; state: State }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, state: await rememberedState(context, page) };
}

/** How many articles the reader's index holds: evaluated in one of the extension's own contexts (background, extension page), in either browser. */
export const countRemembered = () =>
  new Promise<number>((resolve, reject) => {
    const open = indexedDB.open('crossread');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const count = open.result.transaction('articles', 'readonly').objectStore('articles').count();
      count.onsuccess = () => {
        open.result.close();
        resolve(count.result);
      };
      count.onerror = () => reject(count.error);
    };
  });

/** How many articles the reader's index holds, read from the background's own IndexedDB. */
export async function rememberedCount(context: BrowserContext): Promise<number> {
  return (await serviceWorkerOf(context)).evaluate(countRemembered);
}

/**
 * Lets the extension run in incognito windows, as the reader would in
 * chrome://extensions; resolves with the background once it has started
 * again and knows it is allowed (the extension may reload more than once, so
 * the first worker to start is not trusted).
 */
export async function allowIncognito(context: BrowserContext): Promise<Worker> {
  const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  const restarted = context.waitForEvent('serviceworker', { timeout: 30_000 });
  // Developer mode first: without it, Chrome disables an unpacked extension when it reloads it.
  await page.evaluate(async (id) => {
    const dp = (chrome as unknown as { developerPrivate: { updateProfileConfiguration(c: object): Promise<void>; updateExtensionConfiguration(c: object): Promise<void> } }).developerPrivate;
    await dp.updateProfileConfiguration({ inDeveloperMode: true });
    await dp.updateExtensionConfiguration({ extensionId: id, incognitoAccess: true });
  }, extensionId);
  await restarted;
  await page.close();
  let last: unknown = 'it never said it was allowed in incognito windows';
  for (let attempt = 0; attempt < 50; attempt++) {
    const sw = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
    try {
      if (await sw.evaluate(() => chrome.extension.isAllowedIncognitoAccess())) return sw;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the extension did not start again allowed in incognito windows: ${String(last)}`);
}
