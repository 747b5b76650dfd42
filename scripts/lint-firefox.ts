/**
 * `web-ext lint` on the Firefox build: one line of counts, then a line per
 * error and warning (the linter's own JSON report is not printed). Fails on
 * any error; warnings are printed for people to read.
 */
import webExt from 'web-ext';

const result = await webExt.cmd.lint({ sourceDir: 'dist/firefox', output: 'none', selfHosted: false, boring: true }, { shouldExitProgram: false });
const { errors, warnings } = result.summary;
const where = (m: { file?: string; line?: number }) => (m.file ? ` ${m.file}${m.line ? `:${m.line}` : ''}` : '');
console.log(`web-ext lint (dist/firefox): ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
for (const e of result.errors) console.log(`  ERROR ${e.code}${where(e)}: ${e.message}`);
for (const w of result.warnings) console.log(`  warning ${w.code}${where(w)}: ${w.message}`);
process.exitCode = errors > 0 ? 1 : 0;
