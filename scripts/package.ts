/**
 * `npm run package`: store packages of the built extension in artifacts/:
 * crossread-firefox-<version>.zip (web-ext build) and crossread-chrome-<version>.zip.
 */
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import webExt from 'web-ext';

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
if (!existsSync('dist/chrome/manifest.json')) throw new Error('no build: run npm run build first');
mkdirSync('artifacts', { recursive: true });
for (const target of ['firefox', 'chrome']) {
  // web-ext packs a folder into a zip; for Chrome the same zip is what the Web Store takes.
  const result = await webExt.cmd.build(
    { sourceDir: `dist/${target}`, artifactsDir: 'artifacts', filename: `crossread-${target}-${version}.zip`, overwriteDest: true },
    { shouldExitProgram: false },
  );
  console.log(`${target}: ${result.extensionPath}`);
}
