/**
 * Hostile inputs for the trust tests: a page whose title, byline, outlet and
 * quotes carry markup and script as text, right-to-left overrides and
 * lookalike letters; reports of an index with the same, and with
 * `javascript:`, `data:` and lookalike addresses. Anything that ran would set
 * `__crossreadPwned` (on the page, the popup, the options page or the
 * background), so the tests check that it stays unset and that no element
 * but the ones Crossread draws appears.
 */
import type { Article } from '../../src/core/article';
import type { IndexInput } from '../../src/index/build-index';
import { renderNewsPage } from '../../src/golden/news-page';

/** Each sets the canary if it ever runs; each is different, so a test failure names its source. */
export const payloads = (where: string) => ({
  script: `<script>window.__crossreadPwned='${where}-script'</script>`,
  img: `<img src=x onerror="window.__crossreadPwned='${where}-img'">`,
  svg: `<svg onload="window.__crossreadPwned='${where}-svg'"></svg>`,
  iframe: `<iframe srcdoc="<script>parent.__crossreadPwned='${where}-iframe'</script>"></iframe>`,
});

/** U+202E RIGHT-TO-LEFT OVERRIDE: what follows it reads backwards. */
export const RLO = '\u202E';
/** "Reuters" with a Cyrillic е (U+0435). */
const LOOKALIKE_OUTLET = 'R\u0435uters';
/** A lookalike address: its host is shown as the browser spells it (xn--…). */
const LOOKALIKE_URL = 'https://r\u0435uters.com/world/kursk';
export const LOOKALIKE_HOST_ASCII = new URL(LOOKALIKE_URL).hostname;

/** The seed 003 page with hostile text in its title, byline, outlet and a quote (all escaped in the page: text, not markup). */
function hostileArticle(base: Article): Article {
  const p = payloads('page');
  const title = `${base.title} ${p.img}`;
  const body = base.text.slice(base.title.length).trim();
  const extra = `“${p.script} We will stay ${RLO}gnp.exe,” the governor said, according to ${LOOKALIKE_OUTLET}. ${p.iframe}`;
  return {
    ...base,
    title,
    text: `${title}\n\n${body}\n\n${extra}`,
    byline: `${p.svg} Staff ${RLO}rettirw`,
    outlet: `${p.script}Daily ${RLO}elpmaxE`,
    url: null,
  };
}

export function renderHostilePage(base: Article): string {
  // Elements named like the extension's globals: page markup that tries to clobber what a content script reads.
  return renderNewsPage(hostileArticle(base)).replace('<body>', '<body>\n  <a id="chrome"></a><a id="chrome" name="runtime"></a><form id="browser"><input name="runtime"></form><img name="CSS">');
}

/** Reports that relate to seed 003 (built from seeds 000, 001, 002) with hostile metadata and addresses. */
export function hostileReports(seeds: IndexInput[]): IndexInput[] {
  const byPrefix = (n: string) => seeds.find((s) => s.id.startsWith(n))!;
  const r = (n: string, id: string, meta: Partial<Article>): IndexInput => {
    const base = byPrefix(n).article;
    const title = meta.title ?? base.title;
    const text = meta.title ? `${title}\n\n${base.text.slice(base.title.length).trim()}` : base.text;
    return { id, article: { ...base, ...meta, title, text } };
  };
  const p = payloads('index');
  return [
    r('002', `002 ${p.script}`, {
      title: `${p.img} Kursk deal ${RLO}txet desrever`,
      outlet: `${p.svg}The ${RLO}semiT wocsoM`,
      url: "javascript:window.__crossreadPwned='index-url'",
      byline: p.iframe,
    }),
    r('000', '000-data-url', { outlet: LOOKALIKE_OUTLET, url: "data:text/html,<script>parent.__crossreadPwned='index-data'</script>" }),
    r('001', '001-lookalike', { outlet: null, url: LOOKALIKE_URL }),
  ];
}

/**
 * Elements and attributes in an extension page (`own`: its origin, whose
 * script and stylesheet are its own) or in the card's shadow root (open in
 * the Firefox test build) that untrusted text could have become. Runs in the
 * page: pass it to `page.evaluate` as it is (it uses nothing from outside).
 */
export function untrustedMarkup(arg: { own: string } | { card: true }): string[] {
  const own = 'own' in arg ? arg.own : null;
  const root = own === null ? document.querySelector('crossread-card')?.shadowRoot : document;
  if (!root) return ['(no open card)'];
  const forbidden = ['script', 'img', 'svg', 'iframe', 'object', 'embed', 'link', 'meta', 'base', ...(own === null ? ['form', 'input'] : [])];
  const bad: string[] = [];
  for (const e of root.querySelectorAll('*')) {
    const name = e.tagName.toLowerCase();
    if (own !== null && name === 'script' && (e as HTMLScriptElement).src.startsWith(own)) continue; // the page's own module
    if (own !== null && name === 'link' && (e as HTMLLinkElement).href.startsWith(own)) continue; // its own stylesheet
    if (own !== null && name === 'meta' && e.parentElement === document.head) continue;
    if (forbidden.includes(name)) bad.push(`<${name}>`);
    for (const a of e.getAttributeNames()) if (a.startsWith('on') || a === 'srcdoc') bad.push(`<${name} ${a}>`);
    if (name === 'a' && e.hasAttribute('href') && !/^https?:\/\//.test((e as HTMLAnchorElement).href)) bad.push(`<a href=${e.getAttribute('href')}>`);
  }
  return bad;
}
