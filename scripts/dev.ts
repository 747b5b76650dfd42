/**
 * `npm run dev`: builds the extension (dist/chrome, dist/firefox), then builds
 * it again whenever a source file changes, until Ctrl-C. The browser does not
 * reload an unpacked extension by itself: see the README ("Working on
 * Crossread") for the one click in each browser, or `web-ext run`, which
 * reloads Firefox's copy on its own.
 */
import { watch, type FSWatcher } from 'node:fs';
import { buildExtension } from './build-extension';

/** What a change may affect in the build: the sources, static files, the manifest, the bundled seeds. */
export const WATCHED = ['src', 'public', 'corpus/seeds', 'manifest.json', 'vite.config.ts', 'package.json'];
/** Changes that cannot alter the build: tests, and editors' temporary files. */
const IGNORED = /(?:\.test\.tsx?|~|\.swp|\.tmp|#)$|(?:^|\/)\.#/;

/**
 * Calls `rebuild` once after each burst of changes under `paths` (settled for
 * `debounceMs`); a change during a rebuild brings one more after it. Returns
 * what stops watching.
 */
export function watchAndRebuild(paths: readonly string[], rebuild: (changed: string[]) => Promise<void>, debounceMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let pending = new Set<string>();
  const run = async () => {
    if (running || pending.size === 0) return;
    const changed = [...pending].sort();
    pending = new Set();
    running = rebuild(changed).finally(() => {
      running = null;
      if (pending.size > 0) schedule();
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };
  const watchers: FSWatcher[] = paths.map((path) =>
    watch(path, { recursive: true }, (_event, name) => {
      const file = name ? `${path}/${name}` : path;
      if (IGNORED.test(file)) return;
      pending.add(file);
      schedule();
    }),
  );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}

async function rebuild(changed: string[]): Promise<void> {
  const started = performance.now();
  try {
    // dist/ is kept: a browser with the extension loaded never finds its folder gone.
    await buildExtension({ clean: false, testBuild: false });
    const what = changed.length > 3 ? `${changed.slice(0, 3).join(', ')} and ${changed.length - 3} more` : changed.join(', ');
    console.log(`${new Date().toLocaleTimeString()} rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s${what ? ` (${what})` : ''}; reload the extension`);
  } catch (error) {
    // A syntax error while typing: say it, and wait for the next change.
    console.error(`${new Date().toLocaleTimeString()} build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await rebuild([]);
  const stop = watchAndRebuild(WATCHED, rebuild);
  console.log(`watching ${WATCHED.join(', ')}; Ctrl-C stops`);
  process.once('SIGINT', () => {
    stop();
    process.exit(0);
  });
}
