/**
 * `npm run build`: dist/chrome and dist/firefox, and the end-to-end tests'
 * builds dist/chrome-test and dist/firefox-test (scripts/build-extension.ts),
 * from an empty dist/.
 */
import { buildExtension } from './build-extension';

await buildExtension();
console.log('built dist/chrome, dist/firefox (and dist/chrome-test, dist/firefox-test for the end-to-end tests)');
