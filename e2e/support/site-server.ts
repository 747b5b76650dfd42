/**
 * A loopback web server for the end-to-end tests and the demo:
 *   /seeds/<id>.html      a seed report rendered as a news page
 *   /wikiref/<id>.html    a wikiref-dev report rendered as a news page
 *   /pages/<name>/        a real news page from e2e/fixtures/pages
 *   /fixtures/<file>      a file from e2e/fixtures (or one folder down: /fixtures/hostile/<file>)
 *   /hostile/003.html     seed 003 with hostile text in its title, byline, outlet and a quote (support/hostile.ts)
 *   /stress/<kind>.html   a page made to be too large or too long (support/stress.ts)
 *   /rewrite/<seeds|wikiref>/<id>.html   the report reworded (e2e/support/rewrite.ts)
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { readInputs } from '../../src/node/read-inputs';
import type { SourceReport } from '../../src/ingest/parse-report-file';
import { escapeHtml, renderNewsPage } from '../../src/golden/news-page';
import { rewordArticle } from './rewrite';
import { renderHostilePage } from './hostile';
import { STRESS_PAGES } from './stress';

const ROOT = resolve(import.meta.dirname, '../..');

async function loadReports(folder: string): Promise<Map<string, SourceReport>> {
  const map = new Map<string, SourceReport>();
  for await (const e of readInputs([join(ROOT, folder)])) if (e.type === 'file') for (const r of e.reports) map.set(r.id, r);
  return map;
}

export interface SiteServer {
  origin: string;
  close(): Promise<void>;
}

export async function startSiteServer(port = 0): Promise<SiteServer> {
  const [seeds, wikiref] = await Promise.all([loadReports('corpus/seeds'), loadReports('corpus/wikiref-dev')]);
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const send = (status: number, body: string | Buffer, type = 'text/html; charset=utf-8') => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const report = /^\/(rewrite\/)?(seeds|wikiref)\/([^/]+)\.html$/.exec(path);
    if (report) {
      const r = (report[2] === 'seeds' ? seeds : wikiref).get(report[3]);
      if (!r) return send(404, 'no such report');
      return send(200, renderNewsPage(report[1] ? rewordArticle(r.article) : r.article));
    }
    if (path === '/hostile/003.html') return send(200, renderHostilePage(seeds.get('003_3d713cfd4bd28cc2')!.article));
    const stress = /^\/stress\/(\w+)\.html$/.exec(path);
    if (stress) {
      const make = Object.hasOwn(STRESS_PAGES, stress[1]) ? STRESS_PAGES[stress[1]] : null;
      return make ? send(200, make(seeds.get('003_3d713cfd4bd28cc2')!.article)) : send(404, 'not found');
    }
    const page = /^\/pages\/([\w-]+)\/?$/.exec(path);
    const fixture = /^\/fixtures\/((?:[\w-]+\/)?[\w.-]+)$/.exec(path);
    const file = page ? join(ROOT, 'e2e/fixtures/pages', page[1], 'source.html') : fixture ? join(ROOT, 'e2e/fixtures', fixture[1]) : null;
    if (file) {
      try {
        return send(200, await readFile(file));
      } catch {
        return send(404, 'not found');
      }
    }
    if (path === '/' || path === '/index.html') {
      const links = [...seeds.values()].map((r) => `<li><a href="/seeds/${r.id}.html">${escapeHtml(r.id)}: ${escapeHtml(r.article.title || '(untitled)')}</a></li>`);
      return send(200, `<!doctype html><title>Crossread demo</title><h1>Seed reports</h1><ul>${links.join('')}</ul>`);
    }
    send(404, 'not found');
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const { port: actual } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}
