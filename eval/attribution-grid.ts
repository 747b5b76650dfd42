/**
 * Attribution on synthetic sentences (npx tsx eval/attribution-grid.ts): speaker forms as news English writes them
 * ("Rep. Jane Doe, D-Calif.,", "Jeff Weaver, Sanders’ campaign manager,", "an aide to Sen. Marco Rubio", "two
 * officials who spoke on condition of anonymity") × reporting verbs ("said", "told reporters", "said on Fox News
 * Sunday", "later said") × sentence forms (after the quote, before it with a colon or a comma, split by the
 * attribution, reported speech then a bare quote in the next paragraph, then "he said"). Each sentence is one
 * attribution whose speaker is known; the quote's speaker must hold the speaker's head word.
 *
 * Made to find general gaps that a corpus tuned on does not show (PolNeAR train had none of the first four above
 * wrong). Not a measure of accuracy on real text: every sentence is well formed.
 *
 *   npx tsx eval/attribution-grid.ts [--verbose]
 */
import { extractClaims } from '../src/core/claims/extract-claims';

const verbose = process.argv.includes('--verbose');
const Q = 'We are going to win this election and we will win it big';
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Speaker as written, the word our speaker must hold, the pronoun for them ('' for none). */
const SPEAKERS: Array<[string, string, string]> = [
  ['Trump', 'trump', 'he'], ['Donald Trump', 'trump', 'he'], ['Sen. Bernie Sanders (I-Vt.)', 'sanders', 'he'],
  ['Sanders, the Vermont senator,', 'sanders', 'he'], ['a spokeswoman for the campaign', 'spokeswoman', 'she'],
  ['the campaign’s spokesman, Brian Fallon,', 'fallon', 'he'], ['Clinton campaign chairman John Podesta', 'podesta', 'he'],
  ['one Republican strategist', 'strategist', ''], ['Rep. Jane Doe, D-Calif.,', 'doe', 'she'], ['Jane Doe, 45, a teacher from Ohio,', 'doe', 'she'],
  ['Doe, who voted for Obama twice,', 'doe', 'she'], ['former Secretary of State Hillary Clinton', 'clinton', 'she'],
  ['House Speaker Paul Ryan (R-Wis.)', 'ryan', 'he'], ['Trump’s campaign manager, Corey Lewandowski,', 'lewandowski', 'he'],
  ['Kellyanne Conway, Trump’s campaign manager,', 'conway', 'she'], ['the Republican front-runner', 'front-runner', ''],
  ['a senior administration official', 'official', ''], ['Ohio Gov. John Kasich', 'kasich', 'he'], ['Sen. Ted Cruz of Texas', 'cruz', 'he'],
  ['an aide to Sen. Marco Rubio', 'aide', ''], ['Ben Carson, a retired neurosurgeon,', 'carson', 'he'],
  ['Clinton’s running mate, Sen. Tim Kaine (D-Va.),', 'kaine', 'he'], ['Sen. Lindsey Graham, R-S.C.,', 'graham', 'he'],
  ['Jeff Weaver, Sanders’ campaign manager,', 'weaver', 'he'], ['the White House press secretary, Josh Earnest,', 'earnest', 'he'],
  ['Maria Lopez, 62, of Phoenix,', 'lopez', 'she'], ['Lopez, a retired nurse who plans to vote for Trump,', 'lopez', 'she'],
  ['a spokesman for House Speaker Paul Ryan', 'spokesman', 'he'], ['two officials who spoke on condition of anonymity', 'officials', ''],
  ['the Clinton campaign', 'campaign', ''], ['a source familiar with the matter', 'source', ''], ['Her rival, Bob Smith,', 'smith', 'he'],
  // Stop 26: more of news English's forms (a description before a name with "former", "an official with", a hyphen, asides).
  ['Sen. Bernie Sanders, I-Vt.,', 'sanders', 'he'], ['Vermont Sen. Bernie Sanders', 'sanders', 'he'], ['Democratic presidential candidate Bernie Sanders', 'sanders', 'he'],
  ['Sanders’ spokesman, Michael Briggs,', 'briggs', 'he'], ['former President Bill Clinton', 'clinton', 'he'], ['the Rev. Al Sharpton', 'sharpton', 'he'],
  ['Dr. Ben Carson', 'carson', 'he'], ['Gov. Chris Christie, R-N.J.,', 'christie', 'he'], ['New Jersey Gov. Chris Christie', 'christie', 'he'],
  ['U.S. Attorney General Loretta Lynch', 'lynch', 'she'], ['Secretary of State John Kerry', 'kerry', 'he'], ['FBI Director James Comey', 'comey', 'he'],
  ['Trump adviser Roger Stone', 'stone', 'he'], ['GOP strategist Rick Wilson', 'wilson', 'he'], ['a Clinton campaign official', 'official', ''],
  ['an official with the Department of Homeland Security', 'official', ''], ['people close to the campaign', 'people', ''], ['the senator’s office', 'office', ''],
  ['the Trump campaign', 'campaign', ''], ['Mr. Trump', 'trump', 'he'], ['Mrs. Clinton', 'clinton', 'she'], ['Hillary Rodham Clinton', 'clinton', 'she'],
  ['Debbie Wasserman Schultz', 'schultz', 'she'], ['Martin O’Malley', 'o’malley', 'he'], ['Jeb Bush’s campaign manager, Danny Diaz,', 'diaz', 'he'],
  ['Clinton’s husband, former President Bill Clinton,', 'clinton', 'he'], ['the Democratic front-runner, Hillary Clinton,', 'clinton', 'she'],
  ['CNN’s Jake Tapper', 'tapper', 'he'], ['Fox News host Sean Hannity', 'hannity', 'he'], ['House Minority Leader Nancy Pelosi (D-Calif.)', 'pelosi', 'she'],
  ['Speaker Paul Ryan', 'ryan', 'he'], ['Pope Francis', 'francis', 'he'], ['Jorge Ramos, the Univision anchor,', 'ramos', 'he'],
  ['Khizr Khan, whose son was killed in Iraq,', 'khan', 'he'], ['Sen. Ted Cruz, R-Texas,', 'cruz', 'he'], ['Rep. Trey Gowdy (R-S.C.)', 'gowdy', 'he'],
  ['the Vermont senator', 'senator', ''], ['the billionaire', 'billionaire', ''], ['The New York Times', 'times', ''], ['Politico', 'politico', ''],
  ['a spokesman for the Department of Justice', 'spokesman', 'he'], ['Clinton spokesman Brian Fallon', 'fallon', 'he'], ['Sanders campaign manager Jeff Weaver', 'weaver', 'he'],
  ['Republican National Committee Chairman Reince Priebus', 'priebus', 'he'], ['Trump, the presumptive Republican nominee,', 'trump', 'he'],
  ['Trump, who spoke for nearly an hour,', 'trump', 'he'], ['Clinton, speaking in Iowa,', 'clinton', 'she'],
  ['J.D. Vance', 'vance', 'he'], ['Robert F. Kennedy Jr.', 'kennedy', 'he'], ['Martin Luther King Jr.', 'king', 'he'], ['Sen. Jeff Sessions (R-AL)', 'sessions', 'he'],
  ['Rep. Steve King (R-Iowa)', 'king', 'he'], ['Gov. Jerry Brown, D-Calif.,', 'brown', 'he'], ["Beto O'Rourke", "o'rourke", 'he'], ['Mayor Bill de Blasio', 'blasio', 'he'],
  ['Senate Majority Leader Mitch McConnell', 'mcconnell', 'he'], ['Rep. Alexandria Ocasio-Cortez', 'ocasio-cortez', 'she'], ['Abu Bakr al-Baghdadi', 'al-baghdadi', 'he'],
  ['Osama bin Laden', 'laden', 'he'], ['Mike Pence, Trump’s running mate,', 'pence', 'he'], ['Ivanka Trump', 'trump', 'she'], ['Trump Jr.', 'trump', 'he'],
  ['Donald Trump Jr.', 'trump', 'he'], ['the GOP nominee', 'nominee', ''], ['Sanders supporter Jane Doe', 'doe', 'she'], ['Trump supporter Bob Smith, 54,', 'smith', 'he'],
  ['Bob Smith, a Trump supporter from Ohio,', 'smith', 'he'], ['a Trump supporter', 'supporter', ''], ['one protester', 'protester', ''], ['the protesters', 'protesters', ''],
  ['Clinton aides', 'aides', ''], ['Trump’s lawyer, Michael Cohen,', 'cohen', 'he'], ['Michael Cohen, Trump’s lawyer,', 'cohen', 'he'], ['Cohen, Trump’s longtime lawyer and fixer,', 'cohen', 'he'],
  ['Gen. Michael Flynn', 'flynn', 'he'], ['retired Lt. Gen. Michael Flynn', 'flynn', 'he'], ['Flynn, a retired Army lieutenant general,', 'flynn', 'he'],
  ['the former New York mayor', 'mayor', ''], ['former New York Mayor Rudy Giuliani', 'giuliani', 'he'], ['Giuliani, the former New York mayor,', 'giuliani', 'he'],
  ['Chris Christie, the New Jersey governor,', 'christie', 'he'], ['the New Jersey governor, Chris Christie,', 'christie', 'he'], ['Christie, a former federal prosecutor,', 'christie', 'he'],
];
const VERBS = ['said', 'told reporters', 'said in a statement', 'said on Fox News Sunday', 'added', 'tweeted', 'later said', 'told CNN’s Jake Tapper'];
const FORMS: Array<[string, (s: string, v: string, p: string) => string | null]> = [
  ['“…,” S V.', (s, v) => `“${Q},” ${s} ${v}.`],
  ['S V: “…”', (s, v) => `${cap(s)} ${v}: “${Q}.”`],
  ['S V, “…”', (s, v) => `${cap(s)} ${v}, “${Q}.”`],
  ['“…,” S V, “…”', (s, v) => `“Our party,” ${s} ${v}, “is going to win this election and we will win it big.”`],
  ['“…,” S V. “…”', (s, v) => `“The party is united,” ${s} ${v}. “${Q}.”`],
  ['S V that … ⏎ “…”', (s, v) => `${cap(s)} ${v} that the party was united.\n\n“${Q}.”`],
  ['S V that … ⏎ “…,” P said.', (s, v, p) => (p ? `${cap(s)} ${v} that the party was united.\n\n“${Q},” ${p} said.` : null)],
  ['“…,” S V. ⏎ “…”', (s, v) => `“We will keep on winning after that too,” ${s} ${v}.\n\n“${Q}.”`],
  // Stop 25: an opening phrase, a quote that ends its sentence, the rest of the sentence after a quote, "But" first.
  ['In an interview, S V: “…”', (s, v) => `In an interview on Tuesday, ${s} ${v}: “${Q}.”`],
  ['“….” S V.', (s, v) => `“${Q}.” ${cap(s)} ${v}.`],
  ['Asked about it, S V: “…”', (s, v) => `Asked about the polls, ${s} ${v}: “${Q}.”`],
  ['“…” the rest, S V.', (s, v) => `“We are going to win” the election in November, ${s} ${v}.`],
  ['But S V, “…”', (s, v) => `But ${s} ${v}, “${Q}.”`],
  ['“…,” said S.', (s, v) => (v === 'said' ? `“${Q},” said ${s.replace(/,$/, '')}.` : null)],
  ['According to S, “…”', (s, v) => (v === 'said' ? `According to ${s.replace(/,$/, '')}, “${Q}.”` : null)],
  // Stop 26: a verb in the infinitive after a finite verb and a name ("took to Twitter"), with and without an opening word.
  ['S took to Twitter … to say:', (s, v) => (v === 'said' ? `${cap(s)} took to Twitter on Monday to say: “${Q}.”` : null)],
  ['But S went on CNN to say,', (s, v) => (v === 'said' ? `But ${s} went on CNN on Sunday to say, “${Q}.”` : null)],
  ['S, when asked about it, V:', (s, v) => `${cap(s).replace(/,$/, '')}, when asked about the polls, ${v}: “${Q}.”`],
  ['“…,” S, when asked, V.', (s, v) => `“${Q},” ${s.replace(/,$/, '')}, when asked about the polls, ${v}.`],
  ['“…,” S V, “….” R disagreed.', (s, v) => `“Our party,” ${s} ${v}, “is going to win this election and we will win it big.” Rubio disagreed.`],
];

let total = 0;
let wrong = 0;
const byForm = new Map<string, [number, number]>();
for (const [name] of FORMS) byForm.set(name, [0, 0]);
for (const [s, head, p] of SPEAKERS) {
  for (const v of VERBS) {
    for (const [name, form] of FORMS) {
      const body = form(s, v, p);
      if (!body) continue;
      const text = `Headline here.\n\nThe campaign went on. ${body}\n\nThe end came.`;
      const quote = extractClaims(text, { headline: { start: 0, end: 14 }, lang: 'en' }).quotes.find((q) => /^(?:We are going|is going)/.test(q.span.text));
      const ok = !!quote?.speaker && quote.speaker.toLowerCase().replace(/['’]s$/, '').split(/\s+/).includes(head);
      total++;
      const f = byForm.get(name)!;
      f[0]++;
      if (!ok) {
        wrong++;
        f[1]++;
        if (verbose) console.log(`  ${JSON.stringify(quote?.speaker ?? null)} <= ${body.replace(/\n/g, ' ⏎ ')}`);
      }
    }
  }
}
console.log(`Attribution grid: ${total} sentences (${SPEAKERS.length} speaker forms × ${VERBS.length} verbs × ${FORMS.length} forms), ${wrong} with the wrong speaker`);
for (const [name, [n, w]] of byForm) console.log(`  ${name.padEnd(28)} ${w}/${n} wrong`);
