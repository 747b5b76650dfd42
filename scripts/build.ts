/**
 * `npm run build`: dist/chrome, dist/firefox and dist/firefox-test (the
 * Firefox build with test hooks), from an empty dist/.
 */
import { buildExtension } from './build-extension';

await buildExtension();
console.log('built dist/chrome, dist/firefox (and dist/firefox-test for the Firefox smoke test)');
