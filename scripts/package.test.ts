import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { sourceFiles, sourcesArchive } from './package';

describe('the sources archive for addons.mozilla.org', () => {
  it('holds what the build reads and how to run it, and nothing of the tests’ harness', async () => {
    const files = sourceFiles();
    for (const f of ['package.json', 'package-lock.json', 'manifest.json', 'vite.config.ts', 'scripts/build.ts', 'scripts/build-extension.ts', 'src/content/main.ts', 'public/_locales/en/messages.json', 'corpus/seeds/catalog.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(?:e2e|bench|eval|dist|artifacts|node_modules|corpus\/wikiref-dev)\//.test(f))).toEqual([]);
    const zip = await JSZip.loadAsync(await sourcesArchive('.', '9.9.9'));
    const readme = await zip.file('SOURCES.md')!.async('string');
    expect(readme).toMatch(/npm ci/);
    expect(readme).toMatch(/npm run build/);
    expect(readme).toMatch(/crossread-firefox-9\.9\.9\.zip/);
    expect(await zip.file('src/content/main.ts')!.async('string')).toMatch(/ContentSession/);
  });

  it('is the same archive for the same sources: every entry a file, with a fixed date', async () => {
    const bytes = await sourcesArchive('.', '1.0.0');
    const zip = await JSZip.loadAsync(bytes);
    const entries = Object.values(zip.files);
    expect(entries.filter((e) => e.dir).map((e) => e.name)).toEqual([]);
    expect(new Set(entries.map((e) => e.date.toISOString().slice(0, 10)))).toEqual(new Set(['2000-01-01']));
    expect(Buffer.from(bytes).equals(Buffer.from(await sourcesArchive('.', '1.0.0')))).toBe(true);
  });
});
