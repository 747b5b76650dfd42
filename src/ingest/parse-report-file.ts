/**
 * One report file to reports, for the index builder (CLI) and the options
 * page's import alike. Formats: .ndjson/.jsonl (a report per line), .json (a
 * report or an array), .html/.htm (a saved page), .txt/.md (headline on the
 * first non-empty line, body after it).
 *
 * Problems never throw: a file that cannot be read as a whole is reported as
 * a `FileProblem`; a bad line or entry inside a file is reported and skipped.
 */
import { articleText, isoDate, type Article } from '../core/article';
import { extractArticle } from '../extract/extract-article';
import { decodeHtml, decodeText, looksBinary } from './decode-text';

export interface SourceReport {
  id: string;
  article: Article;
}

export interface FileProblem {
  /** File name, with ":line" or "[index]" where one entry is at fault. */
  where: string;
  reason: string;
}

/** Metadata for .txt/.md files, keyed by file name (see corpus/seeds/catalog.json). */
export interface CatalogEntry {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: string | null;
  byline?: string | null;
}
export type Catalog = Record<string, CatalogEntry>;

/** A catalog.json: `{ "reports": { file: entry } }` or the map of entries itself. Throws on invalid JSON. */
export function parseCatalog(bytes: Uint8Array): Catalog {
  const data = JSON.parse(decodeText(bytes)) as { reports?: Catalog } & Catalog;
  return (data.reports && typeof data.reports === 'object' ? data.reports : data) as Catalog;
}

export interface ParseContext {
  /** Turns HTML into a Document; absent where no DOM exists (then .html input is refused). */
  parseHtml?: (html: string) => Document;
  catalog?: Catalog;
}

export interface ParsedFile {
  reports: SourceReport[];
  problems: FileProblem[];
}

export const REPORT_EXTENSIONS = ['.ndjson', '.jsonl', '.json', '.html', '.htm', '.txt', '.md'] as const;

/** File name without folders and without its extension: a report's id. */
function fileId(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

/** Parses one report file's bytes. `name` is used for the id, the format and messages. */
export function parseReportFile(name: string, bytes: Uint8Array, context: ParseContext = {}): ParsedFile {
  const ext = extensionOf(name);
  const base = name.split(/[\\/]/).pop() ?? name;
  if (!(REPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    return fail(base, `unsupported file type "${ext || '(none)'}"; expected ${REPORT_EXTENSIONS.join(', ')}`);
  }
  if (bytes.length === 0) return fail(base, 'the file is empty');
  if (looksBinary(bytes)) return fail(base, 'the file is binary, not text');
  // A saved page declares its encoding (<meta charset>); other files are read by their bytes.
  const text = ext === '.html' || ext === '.htm' ? decodeHtml(bytes) : decodeText(bytes);
  try {
    switch (ext) {
      case '.ndjson':
      case '.jsonl':
        return parseJsonLines(base, text, context);
      case '.json':
        return parseJsonFile(base, text, context);
      case '.html':
      case '.htm':
        return parseHtmlFile(base, text, context);
      default:
        return parseTextFile(base, text, context.catalog?.[base]);
    }
  } catch (error) {
    // Parsers are written not to throw; this is the last guard for a file we cannot read.
    return fail(base, `could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fail(where: string, reason: string): ParsedFile {
  return { reports: [], problems: [{ where, reason }] };
}

function parseTextFile(base: string, text: string, entry: CatalogEntry | undefined): ParsedFile {
  const lines = text.split('\n').map((l) => l.trim());
  const first = lines.findIndex((l) => l.length > 0);
  if (first < 0) return fail(base, 'the file has no text');
  let title: string;
  let body: string[];
  if (entry && 'title' in entry) {
    // The catalog knows the headline; the first line is then a headline slot
    // (or a date stamp, a promotion) and never body text. A null title means
    // the text has none.
    title = typeof entry.title === 'string' ? entry.title.trim() : '';
    body = lines.slice(first + 1);
  } else {
    title = lines[first].replace(/^#+\s*/, '');
    body = lines.slice(first + 1);
  }
  const paragraphs = body.filter((l) => l.length > 0);
  if (paragraphs.length === 0) return fail(base, 'the file has a headline but no body');
  return {
    reports: [
      {
        id: fileId(base),
        article: {
          title,
          text: articleText(title, paragraphs),
          outlet: str(entry?.outlet),
          published: isoDate(entry?.published),
          url: str(entry?.url),
          byline: str(entry?.byline),
          lang: null,
        },
      },
    ],
    problems: [],
  };
}

function parseHtmlFile(base: string, html: string, context: ParseContext): ParsedFile {
  const result = htmlToArticle(html, null, context);
  if (typeof result === 'string') return fail(base, result);
  const entry = context.catalog?.[base];
  return { reports: [{ id: fileId(base), article: withCatalog(result, entry) }], problems: [] };
}

function htmlToArticle(html: string, url: string | null, context: ParseContext): Article | string {
  if (!context.parseHtml) return 'HTML cannot be read here (no DOM parser)';
  const extracted = extractArticle(context.parseHtml(html), { url, force: true });
  if (!extracted.ok) return 'no article text found in the page';
  return extracted.article;
}

function withCatalog(article: Article, entry: CatalogEntry | undefined): Article {
  if (!entry) return article;
  return {
    ...article,
    outlet: str(entry.outlet) ?? article.outlet,
    published: isoDate(entry.published) ?? article.published,
    url: str(entry.url) ?? article.url,
    byline: str(entry.byline) ?? article.byline,
  };
}

function parseJsonFile(base: string, text: string, context: ParseContext): ParsedFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(base, `not valid JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const entries = Array.isArray(data) ? data : [data];
  const out: ParsedFile = { reports: [], problems: [] };
  entries.forEach((entry, i) => {
    const where = Array.isArray(data) ? `${base}[${i}]` : base;
    const id = Array.isArray(data) ? `${fileId(base)}-${i + 1}` : fileId(base);
    addJsonReport(out, where, entry, id, context);
  });
  return out;
}

function parseJsonLines(base: string, text: string, context: ParseContext): ParsedFile {
  const out: ParsedFile = { reports: [], problems: [] };
  text.split('\n').forEach((line, i) => parseJsonLine(out, base, i + 1, line, context));
  return out;
}

/** One line of an .ndjson/.jsonl file (1-based `lineNo`), added to `out`. Used when streaming large files too. */
export function parseJsonLine(out: ParsedFile, base: string, lineNo: number, line: string, context: ParseContext = {}): void {
  if (!line.trim()) return;
  const where = `${base}:${lineNo}`;
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    out.problems.push({ where, reason: 'not valid JSON' });
    return;
  }
  addJsonReport(out, where, entry, `${fileId(base)}-${lineNo}`, context);
}

/** Reads one JSON report object; a bad one becomes a problem. */
function addJsonReport(out: ParsedFile, where: string, entry: unknown, defaultId: string, context: ParseContext) {
  if (!entry || typeof entry !== 'object' || Array.isArray(entry)) {
    out.problems.push({ where, reason: 'a report must be a JSON object' });
    return;
  }
  const r = entry as Record<string, unknown>;
  const id = str(r.id) ?? (typeof r.id === 'number' ? String(r.id) : null) ?? defaultId;
  let article: Article;
  if (typeof r.text === 'string' && r.text.trim()) {
    const title = (str(r.title) ?? '').replace(/\s+/g, ' ');
    const paragraphs = r.text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
    article = { title, text: articleText(title, paragraphs), outlet: null, published: null, url: null, byline: null, lang: null };
  } else if (typeof r.html === 'string' && r.html.trim()) {
    const result = htmlToArticle(r.html, str(r.url), context);
    if (typeof result === 'string') {
      out.problems.push({ where, reason: result });
      return;
    }
    article = str(r.title) ? { ...result, title: str(r.title)!, text: retitle(result, str(r.title)!) } : result;
  } else {
    out.problems.push({ where, reason: 'a report needs a non-empty "text" or "html" field' });
    return;
  }
  out.reports.push({
    id,
    article: {
      ...article,
      outlet: str(r.outlet) ?? article.outlet,
      published: isoDate(r.published) ?? article.published,
      url: str(r.url) ?? article.url,
      byline: str(r.byline) ?? article.byline,
      lang: str(r.lang) ?? article.lang,
    },
  });
}

/** Replaces an extracted article's headline with the one its record gives. */
function retitle(article: Article, title: string): string {
  const body = article.title && article.text.startsWith(article.title) ? article.text.slice(article.title.length) : '\n\n' + article.text;
  return title + body;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
