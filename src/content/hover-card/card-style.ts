/**
 * The card's stylesheet, inside its shadow root. `:host { all: initial }`
 * resets everything the page's styles could pass down; sizes are in px
 * because rem would follow the page's root font size.
 */
export const CARD_CSS = `
:host {
  all: initial;
}
.card {
  --fg: #1b1b1b;
  --muted: #555555;
  --bg: #ffffff;
  --line: #d0d0d0;
  --figure: #8a4b00;
  --quote: #0b5cad;
  --attribution: #7a2e8c;
  --del-bg: #fde2e1;
  --del-fg: #8b1a12;
  --ins-bg: #dcf3de;
  --ins-fg: #14532d;
  --mark: #fff1a8;
  box-sizing: border-box;
  width: min(440px, calc(100vw - 16px));
  overflow: auto;
  overscroll-behavior: contain;
  padding: 12px 14px;
  border: 1px solid var(--line);
  border-left: 4px solid var(--accent, var(--quote));
  border-radius: 8px;
  background: var(--bg);
  color: var(--fg);
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.22);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: left;
  direction: ltr;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  .card {
    --fg: #ececec;
    --muted: #b8b8b8;
    --bg: #202124;
    --line: #44464a;
    --figure: #ffc07a;
    --quote: #8cc4ff;
    --attribution: #e2a8f0;
    --del-bg: #5c1f1b;
    --del-fg: #ffd6d2;
    --ins-bg: #1d4428;
    --ins-fg: #d3f5da;
    --mark: #5c5000;
  }
}
.card:focus { outline: 2px solid var(--accent, var(--quote)); outline-offset: 2px; }
.card:focus:not(:focus-visible) { outline: none; }
.kind-figure { --accent: var(--figure); }
.kind-quote { --accent: var(--quote); }
.kind-attribution { --accent: var(--attribution); }
.head { display: flex; align-items: flex-start; justify-content: space-between; gap: 8px; }
.title { margin: 0; font-size: 13px; }
.kind { font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: var(--accent); margin-right: 6px; }
.subtype { color: var(--muted); }
.close {
  all: unset;
  cursor: pointer;
  font-size: 20px;
  line-height: 1;
  padding: 0 6px 2px;
  border-radius: 4px;
  color: var(--muted);
}
.close:hover { color: var(--fg); background: var(--line); }
.close:focus-visible { outline: 2px solid var(--accent); }
.summary { margin: 6px 0 0; }
h2 { margin: 12px 0 4px; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
blockquote { margin: 0; padding: 0 0 0 10px; border-left: 2px solid var(--line); }
.wording { font-style: italic; }
.diff-block h2 { text-transform: none; letter-spacing: 0; font-size: 13px; }
.diff { margin: 0; }
del { background: var(--del-bg); color: var(--del-fg); text-decoration: line-through; }
ins { background: var(--ins-bg); color: var(--ins-fg); text-decoration: underline; }
.legend { margin: 4px 0 0; font-size: 12px; color: var(--muted); }
.legend del, .legend ins { padding: 0 3px; }
mark { background: var(--mark); color: inherit; }
ul { list-style: none; margin: 0; padding: 0; }
.other { padding: 6px 0; border-top: 1px solid var(--line); }
.other:first-child { border-top: 0; padding-top: 0; }
.source { margin: 0 0 2px; font-size: 13px; }
.source time, .note { color: var(--muted); }
.link { display: inline-block; margin-top: 2px; font-size: 13px; color: var(--quote); text-decoration: underline; }
.link:focus-visible { outline: 2px solid var(--accent); }
table { border-collapse: collapse; width: 100%; margin-top: 10px; font-size: 13px; }
caption { text-align: left; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); padding-bottom: 4px; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px 3px 0; border-top: 1px solid var(--line); }
/* Text from pages and indexes is isolated, so that right-to-left text cannot reorder what stands beside it. */
blockquote, th, td, .source strong, .value, .verb, .relay, .diff, mark { unicode-bidi: isolate; }
thead th { font-weight: 600; color: var(--muted); border-top: 0; }
tbody th { font-weight: 600; }
.is-here th, .is-here td { background: color-mix(in srgb, var(--accent) 10%, transparent); }
.value { font-weight: 600; }
.verb-distancing { color: var(--del-fg); }
`;
