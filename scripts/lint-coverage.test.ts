/**
 * No regular expression that can backtrack without end, anywhere in src/:
 * every source file is linted with eslint-plugin-regexp's two rules as
 * errors, none is ignored, and the rules do fire on such a pattern.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const RULES = ['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.(?:ts|tsx|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('regular expressions are checked statically', () => {
  const eslint = new ESLint({ cwd: ROOT });

  it('every file in src/ is linted with both rules as errors', async () => {
    const files = sources(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const unchecked: string[] = [];
    for (const file of files) {
      if (await eslint.isPathIgnored(file)) {
        unchecked.push(`${relative(ROOT, file)}: ignored`);
        continue;
      }
      const config = await eslint.calculateConfigForFile(file);
      for (const rule of RULES) {
        const setting = config?.rules?.[rule];
        const severity = Array.isArray(setting) ? setting[0] : setting;
        if (severity !== 2 && severity !== 'error') unchecked.push(`${relative(ROOT, file)}: ${rule} is ${JSON.stringify(setting)}`);
      }
    }
    expect(unchecked).toEqual([]);
  }, 60_000);

  it('the rules fire on patterns that backtrack without end, in .ts and .tsx alike', async () => {
    for (const filePath of ['src/core/example.ts', 'src/popup/Example.tsx']) {
      const [result] = await eslint.lintText('export const a = /^(a+)+b$/;\nexport const b = (s: string) => s.replace(/\\s*,\\s*$/, "");\n', { filePath: join(ROOT, filePath) });
      const fired = new Set(result.messages.map((m) => m.ruleId));
      expect([...fired].filter((r) => r && RULES.includes(r)).sort(), filePath).toEqual(RULES);
    }
  }, 60_000);
});
