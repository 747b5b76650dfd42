import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchAndRebuild } from './dev';

let dir: string;
let stop: () => void = () => {};
afterEach(() => {
  stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves when `check` holds, polling; the test's own timeout bounds it. */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('watchAndRebuild', () => {
  it('rebuilds once per burst of changes, in folders at any depth, and not for tests or editor files', async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossread-dev-'));
    mkdirSync(join(dir, 'src/content'), { recursive: true });
    const builds: string[][] = [];
    stop = watchAndRebuild([join(dir, 'src')], async (changed) => void builds.push(changed.map((f) => f.slice(dir.length + 1))), 50);
    writeFileSync(join(dir, 'src/content/main.ts'), 'one');
    writeFileSync(join(dir, 'src/content/session.ts'), 'two');
    await until(() => builds.length === 1);
    expect(builds[0]).toEqual(['src/content/main.ts', 'src/content/session.ts']);
    writeFileSync(join(dir, 'src/content/session.test.ts'), 'a test');
    writeFileSync(join(dir, 'src/content/.#main.ts'), 'an editor lock');
    writeFileSync(join(dir, 'src/content/main.ts~'), 'a backup');
    writeFileSync(join(dir, 'src/content/main.ts'), 'three');
    await until(() => builds.length === 2);
    expect(builds[1]).toEqual(['src/content/main.ts']);
  });

  it('builds once more after a build when something changed during it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossread-dev-'));
    let release: () => void = () => {};
    const builds: string[][] = [];
    stop = watchAndRebuild([dir], (changed) => {
      builds.push(changed);
      return builds.length === 1 ? new Promise<void>((resolve) => (release = resolve)) : Promise.resolve();
    }, 20);
    writeFileSync(join(dir, 'a.ts'), 'a');
    await until(() => builds.length === 1);
    writeFileSync(join(dir, 'b.ts'), 'b');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Still building: the change waits.
    expect(builds).toHaveLength(1);
    release();
    await until(() => builds.length === 2);
    expect(builds[1]).toEqual([join(dir, 'b.ts')]);
  });
});
