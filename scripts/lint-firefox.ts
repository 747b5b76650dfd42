/** `web-ext lint` on the Firefox build: fails on any error (warnings are printed). */
import webExt from 'web-ext';

const result = await webExt.cmd.lint({ sourceDir: 'dist/firefox', output: 'json', selfHosted: false, boring: true }, { shouldExitProgram: false });
const { errors, warnings } = result.summary;
for (const w of result.warnings) console.log(`warning ${w.code} ${w.file ?? ''}: ${w.message}`);
for (const e of result.errors) console.log(`ERROR ${e.code} ${e.file ?? ''}: ${e.message}`);
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings`);
process.exitCode = errors > 0 ? 1 : 0;
