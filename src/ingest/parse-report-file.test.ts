import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseReportFile } from './parse-report-file';
import { parseHtmlDocument } from '../node/html-dom';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseReportFile', () => {
  it('reads a .txt file: first non-empty line is the headline, a Markdown # dropped', () => {
    const { reports, problems } = parseReportFile('story-1.md', enc('\n\n# A headline\n\nFirst paragraph.\r\n\r\nSecond one.\n'));
    expect(problems).toEqual([]);
    expect(reports[0].id).toBe('story-1');
    expect(reports[0].article.title).toBe('A headline');
    expect(reports[0].article.text).toBe('A headline\n\nFirst paragraph.\n\nSecond one.');
  });

  it('lets the catalog title win over the first line, and a null catalog title means no headline', () => {
    const catalog = { 'a.txt': { title: 'Real title', outlet: 'Outlet', published: '2025-02-24T10:00:00Z' }, 'b.txt': { title: null } };
    const a = parseReportFile('a.txt', enc('Promotion: subscribe now\nBody text.'), { catalog }).reports[0].article;
    expect(a.title).toBe('Real title');
    expect(a.text).toBe('Real title\n\nBody text.');
    expect(a.outlet).toBe('Outlet');
    expect(a.published).toBe('2025-02-24');
    const b = parseReportFile('b.txt', enc(' date 2025-02-24\nBody text.'), { catalog }).reports[0].article;
    expect(b.title).toBe('');
    expect(b.text).toBe('Body text.');
  });

  it('reads Windows-1252 with CRLF line ends (the wikiref-dev files)', () => {
    const bytes = readFileSync(new URL('../../corpus/wikiref-dev/tohoku.earthquake.tsunami.14.txt', import.meta.url));
    const { reports } = parseReportFile('tohoku.earthquake.tsunami.14.txt', bytes);
    expect(reports[0].article.text).not.toMatch(/\r|\uFFFD/);
    expect(reports[0].article.text).toContain('…');
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const s = 'Título\nCuerpo del artículo.';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes[0] = 0xff;
    bytes[1] = 0xfe;
    for (let i = 0; i < s.length; i++) {
      bytes[2 + i * 2] = s.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = s.charCodeAt(i) >> 8;
    }
    expect(parseReportFile('x.txt', bytes).reports[0].article.title).toBe('Título');
  });

  it('reads .ndjson line by line and reports bad lines without losing good ones', () => {
    const text = [
      JSON.stringify({ id: 'r1', title: 'One', text: 'Body one.', outlet: 'AFP', published: '2024-01-02', url: 'https://a.example/1' }),
      '{not json',
      JSON.stringify({ id: 'r3', title: 'No body' }),
      '',
      JSON.stringify({ title: 'Three', text: 'Body three.' }),
    ].join('\n');
    const { reports, problems } = parseReportFile('feed.ndjson', enc(text));
    expect(reports.map((r) => r.id)).toEqual(['r1', 'feed-5']);
    expect(reports[0].article).toMatchObject({ outlet: 'AFP', published: '2024-01-02', url: 'https://a.example/1' });
    expect(problems).toEqual([
      { where: 'feed.ndjson:2', reason: 'not valid JSON' },
      { where: 'feed.ndjson:3', reason: 'a report needs a non-empty "text" or "html" field' },
    ]);
  });

  it('reads .json with one report or an array, and html fields through the DOM', () => {
    const one = parseReportFile('one.json', enc(JSON.stringify({ title: 'T', text: 'B.' })));
    expect(one.reports[0].id).toBe('one');
    const html = '<html><head><title>Page title</title></head><body><article><h1>Page title</h1>' + '<p>A paragraph with enough words to count as an article body for the extractor to keep.</p>'.repeat(5) + '</article></body></html>';
    const many = parseReportFile('many.json', enc(JSON.stringify([{ id: 'h', html }, 5])), { parseHtml: parseHtmlDocument });
    expect(many.reports[0].article.title).toBe('Page title');
    expect(many.reports[0].article.text).toContain('A paragraph with enough words');
    expect(many.problems).toEqual([{ where: 'many.json[1]', reason: 'a report must be a JSON object' }]);
  });

  it('refuses empty, binary, unknown and broken files with a reason', () => {
    expect(parseReportFile('e.txt', new Uint8Array()).problems[0].reason).toMatch(/empty/);
    expect(parseReportFile('b.txt', new Uint8Array([1, 0, 2, 3])).problems[0].reason).toMatch(/binary/);
    expect(parseReportFile('x.pdf', enc('x')).problems[0].reason).toMatch(/unsupported/);
    expect(parseReportFile('bad.json', enc('{"title":')).problems[0].reason).toMatch(/not valid JSON/);
    expect(parseReportFile('p.html', enc('<p>x</p>')).problems[0].reason).toMatch(/no DOM/);
    expect(parseReportFile('h.txt', enc('Only a headline\n\n')).problems[0].reason).toMatch(/no body/);
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80–0x9F to their Windows-1252 characters', async () => {
    const { decodeWindows1252 } = await import('./decode-text');
    expect(decodeWindows1252(new Uint8Array([0x85, 0x93, 0x41, 0x94, 0x96, 0xa3, 0x80]))).toBe('…“A”–£€');
  });
});

describe('saved pages in the encoding they declare', () => {
  const page1251 = readFileSync(new URL('./fixtures/windows-1251.html', import.meta.url));
  const headline = 'Россия и Украина договорились об эвакуации жителей Курской области';

  it('reads a Russian news page saved in windows-1251 (<meta http-equiv="Content-Type">) as the browser shows it', () => {
    const { reports, problems } = parseReportFile('kursk.html', page1251, { parseHtml: parseHtmlDocument });
    expect(problems).toEqual([]);
    const a = reports[0].article;
    // Readability keeps the site's name after the dash in <title>, as Firefox's Reader View does.
    expect(a.title.startsWith(headline)).toBe(true);
    expect(a.outlet).toBe('Вечерние вести');
    expect(a.published).toBe('2025-02-24');
    expect(a.lang).toBe('ru');
    expect(a.text).toContain('«Есть люди, которые уже сейчас находятся в Сумах, и они хотят вернуться домой», — заявила Москалькова');
    expect(a.text).toContain('судьба около 500 жителей остаётся неизвестной');
    // Read as UTF-8-or-Windows-1252, as before, the same bytes were Latin letters.
    expect(a.text).not.toMatch(/[ÀÐÎÏ\uFFFD]/);
  });

  it('follows <meta charset>, and reads a page that declares nothing, or UTF-8, as before', async () => {
    const { decodeHtml, decodeText } = await import('./decode-text');
    const cp1251 = (s: string) => Uint8Array.from([...s].map((c) => (c === 'П' ? 0xcf : c === 'р' ? 0xf0 : c === 'и' ? 0xe8 : c === 'в' ? 0xe2 : c === 'е' ? 0xe5 : c === 'т' ? 0xf2 : c === '—' ? 0x97 : c.charCodeAt(0))));
    expect(decodeHtml(cp1251('<meta charset="windows-1251"><p>Привет — мир</p>'.replace('мир', '')))).toBe('<meta charset="windows-1251"><p>Привет — </p>');
    expect(decodeHtml(cp1251('<META CHARSET=cp1251><p>Привет\r\n'))).toBe('<META CHARSET=cp1251><p>Привет\n');
    // Without a declaration: UTF-8 when it is valid, else Windows-1252, as for every other file.
    const plain = cp1251('<p>Привет</p>');
    expect(decodeHtml(plain)).toBe(decodeText(plain));
    expect(decodeHtml(enc('<meta charset="utf-8"><p>Привет</p>'))).toBe('<meta charset="utf-8"><p>Привет</p>');
    // "latin1" means Windows-1252 in HTML: 0x85 is "…", not a control character.
    expect(decodeHtml(Uint8Array.from([...enc('<meta charset="latin1">'), 0x85]))).toBe('<meta charset="latin1">…');
    // A declaration after the first 1024 bytes is not one (the HTML standard's prescan).
    expect(decodeHtml(Uint8Array.from([...enc(`<!-- ${'x'.repeat(1100)} --><meta charset="windows-1251">`), 0xcf]))).toMatch(/Ï$/);
  });
});
