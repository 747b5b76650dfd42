/**
 * Variants of the story evidence for eval/related-harness.ts (a study): extra inputs added to those of
 * story-match.ts. The variants before `farAllMid` were measured against the 31 inputs before the far inputs
 * (commit 7469899); since those were built, the base has them, so rerunning the earlier variants now measures
 * them on top of the far inputs. `IDX` names the first 31 inputs, which have not moved.
 */
import type { Extra } from './related-harness';

const LEGAL = new Set(
  `trial sentenced sentencing sentence pleaded plea pleads guilty convicted conviction charged indicted indictment jury jurors arraigned arraignment verdict acquitted testified testimony prosecutors prosecutor manslaughter`.split(/\s+/),
);
const legalCount = (words: Iterable<string>) => {
  let n = 0;
  for (const w of words) if (LEGAL.has(w)) n++;
  return n;
};
const reportWords = (e: Extra) => e.index.termsOf(e.raw.position);
const f = (e: Extra, name: string) => e.base[IDX[name]];
/** 1 for a pair published more than 30 days apart, else 0. */
const farApart = (e: Extra) => (e.raw.daysApart !== null && e.raw.daysApart > 30 ? 1 : 0);
const IDX: Record<string, number> = Object.fromEntries(
  'cosine logCosine titleCosine name1 name3 person1 person3 place1 place3 dayShared dayConflict ageShared ageConflict tollShared tollConflict number2 noDate apart0to1 apart2to3 apart4to7 apart8to30 apart31to180 apartOver180 nearName farPerson undatedCosine undatedLogCosine undatedName3 undatedTitleCosine undatedPerson3 undatedPlace3'
    .split(' ')
    .map((n, i) => [n, i]),
);

export const VARIANTS: Record<string, { name: string; extra: (e: Extra) => number[] }> = {
  base: { name: 'base', extra: () => [] },
  legal: {
    name: 'legal',
    extra: (e) => {
      const l = Math.min(1, legalCount(e.query.words)) + Math.min(1, legalCount(reportWords(e)));
      const far = farApart(e);
      return [l > 0 ? 1 : 0, far * (l > 0 ? 1 : 0), f(e, 'person1') * (l > 0 ? 1 : 0) * far];
    },
  },
  farName: {
    name: 'farName',
    extra: (e) => {
      const far = farApart(e);
      return [far * f(e, 'name1'), far * f(e, 'person3'), far * f(e, 'titleCosine')];
    },
  },
  legal2: {
    name: 'legal2',
    extra: (e) => {
      const l = legalCount(e.query.words) > 0 || legalCount(reportWords(e)) > 0 ? 1 : 0;
      const far = farApart(e);
      return [far * l, far * l * f(e, 'person1'), far * l * f(e, 'name1')];
    },
  },
  rare: {
    name: 'rare',
    extra: (e) => {
      const far = farApart(e);
      const rare = f(e, 'person1') >= 0.8 ? 1 : 0;
      return [rare, far * rare];
    },
  },
  combo: {
    name: 'combo',
    extra: (e) => {
      const far = farApart(e);
      const l = legalCount(e.query.words) > 0 || legalCount(reportWords(e)) > 0 ? 1 : 0;
      return [far * f(e, 'name1'), far * f(e, 'person3'), far * f(e, 'titleCosine'), far * l, far * l * f(e, 'person1')];
    },
  },
  legalTitle: {
    name: 'legalTitle',
    extra: (e) => {
      const far = farApart(e);
      const l = titleLegal(e) ? 1 : 0;
      return [far * l, far * l * f(e, 'person1'), far * l * f(e, 'name1')];
    },
  },
  comboTitle: {
    name: 'comboTitle',
    extra: (e) => {
      const far = farApart(e);
      const l = titleLegal(e) ? 1 : 0;
      return [far * f(e, 'name1'), far * f(e, 'person3'), far * f(e, 'titleCosine'), far * l, far * l * f(e, 'person1')];
    },
  },
  farName2: {
    name: 'farName2',
    extra: (e) => {
      const far = farApart(e);
      return [far * f(e, 'name1'), far * f(e, 'person3'), far * f(e, 'titleCosine'), far * f(e, 'cosine')];
    },
  },
  farAll: {
    name: 'farAll',
    extra: (e) => {
      const far = farApart(e);
      return ['cosine', 'logCosine', 'titleCosine', 'name1', 'name3', 'person3', 'place1', 'dayShared', 'ageShared'].map((n) => far * f(e, n));
    },
  },
  farMix: {
    name: 'farMix',
    extra: (e) => {
      const far = farApart(e);
      return [far * f(e, 'name1'), far * f(e, 'person3'), far * f(e, 'titleCosine'), far * f(e, 'cosine'), far * f(e, 'dayShared'), far * f(e, 'ageShared')];
    },
  },
  // On top of the far inputs now in story-match.ts (the base has them since farAll was built).
  farAllMid: {
    name: 'farAllMid',
    extra: (e) => {
      const d = e.raw.daysApart;
      const mid = d !== null && d > 7 && d <= 30 ? 1 : 0;
      return ['cosine', 'dayShared', 'person3', 'titleCosine'].map((n) => mid * f(e, n));
    },
  },
  farAllLegal: {
    name: 'farAllLegal',
    extra: (e) => {
      const l = legalCount(e.query.words) > 0 || legalCount(reportWords(e)) > 0 ? 1 : 0;
      const far = farApart(e);
      return [far * l, far * l * f(e, 'person1')];
    },
  },
  // 2026-12-03 (related24): counts of what is shared, and conflicts for far pairs.
  ages2: { name: 'ages2', extra: (e) => [Math.min(3, sharedCount(e, AGES_GROUP))] },
  people2: {
    name: 'people2',
    extra: (e) => {
      const n = Math.min(3, sharedCount(e, PEOPLE_GROUP));
      return [n >= 2 ? 1 : 0, farApart(e) * (n >= 2 ? 1 : 0)];
    },
  },
  farConflict: { name: 'farConflict', extra: (e) => [farApart(e) * f(e, 'dayConflict'), farApart(e) * f(e, 'ageConflict'), farApart(e) * f(e, 'tollConflict')] },
  counts: {
    name: 'counts',
    extra: (e) => {
      const n = Math.min(3, sharedCount(e, PEOPLE_GROUP));
      return [Math.min(3, sharedCount(e, AGES_GROUP)), n >= 2 ? 1 : 0, farApart(e) * (n >= 2 ? 1 : 0), farApart(e) * f(e, 'dayConflict'), farApart(e) * f(e, 'ageConflict')];
    },
  },
  nearMore: {
    name: 'nearMore',
    extra: (e) => {
      const d = e.raw.daysApart;
      const near = d !== null && d <= 3 ? 1 : 0;
      return [near * f(e, 'titleCosine'), near * f(e, 'place1'), near * f(e, 'dayShared') * f(e, 'name1'), near * f(e, 'cosine')];
    },
  },
  precise: {
    name: 'precise',
    extra: (e) => {
      const n = Math.min(3, sharedCount(e, PEOPLE_GROUP));
      return [n >= 2 ? 1 : 0, farApart(e) * (n >= 2 ? 1 : 0), farApart(e) * f(e, 'dayConflict'), farApart(e) * f(e, 'ageConflict'), farApart(e) * f(e, 'tollConflict')];
    },
  },
};

const PEOPLE_GROUP = 1;
const AGES_GROUP = 4;
function sharedCount(e: Extra, group: number): number {
  const a = e.ctx.keys.ids[group];
  const b = e.raw.reportKeys[group];
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] < b[j]) i++;
    else if (a[i] > b[j]) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

const TITLE_GROUP = 7;
const legalIds = new WeakMap<object, Set<number>>();
function titleLegal(e: Extra): boolean {
  let ids = legalIds.get(e.index);
  if (!ids) legalIds.set(e.index, (ids = new Set([...LEGAL].map((w) => e.index.termId(w)).filter((i) => i >= 0))));
  for (const id of e.ctx.keys.ids[TITLE_GROUP]) if (ids.has(id)) return true;
  for (const id of e.raw.reportKeys[TITLE_GROUP]) if (ids.has(id)) return true;
  return false;
}
