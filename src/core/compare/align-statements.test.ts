import { describe, expect, it } from 'vitest';
import { extractClaims } from '../claims/extract-claims';
import type { StatementClaim } from '../claims/types';
import { attributedCounterpart, isAttributed, sameEvent, sameStatement } from './align-statements';

/** The first statement of a report whose first paragraph is its headline. */
function statement(text: string): StatementClaim {
  const i = text.indexOf('\n\n');
  const s = extractClaims(text, { headline: i > 0 ? { start: 0, end: i } : null }).statements[0];
  if (!s) throw new Error(`no statement in ${text}`);
  return s;
}
const headline = (h: string) => statement(`${h}\n\nThe residents left.`);
const body = (sentence: string) => statement(`Title\n\n${sentence}`);

const FACT = headline('Russia Secures Evacuation Deal For Kursk Residents');
const ATTRIBUTED = headline('Russia Says It Secured Evacuation Deal For Kursk Residents');
const OTHER_EVENT = headline('Ukraine Says It Holds Territory In Kursk Region');

describe('sameEvent', () => {
  it('scores statements that share what happened', () => {
    expect(sameEvent(FACT, ATTRIBUTED)).toBe(1);
    expect(sameEvent(FACT, OTHER_EVENT)).toBe(0);
  });
});

describe('isAttributed', () => {
  it('is true for a speaker whose verb is not negated', () => {
    expect([FACT, ATTRIBUTED].map(isAttributed)).toEqual([false, true]);
    expect(isAttributed(body('The Kremlin did not confirm the residents would be evacuated through Belarus next week.'))).toBe(false);
  });
});

describe('attributedCounterpart', () => {
  it('finds the headline that attributes what this one states as fact', () => {
    expect(attributedCounterpart(FACT, [OTHER_EVENT, ATTRIBUTED])).toBe(ATTRIBUTED);
    expect(attributedCounterpart(FACT, [OTHER_EVENT])).toBeNull();
  });
  it('looks only at headlines', () => {
    const inBody = body('Russia said it secured an evacuation deal for Kursk residents.');
    expect(inBody.headline).toBe(false);
    expect(attributedCounterpart(FACT, [inBody])).toBeNull();
  });
});

describe('sameStatement', () => {
  const SAID = body('Moskalkova said the residents would be evacuated through Belarus next week.');
  it('finds the same claim of the same speaker, whatever the verb', () => {
    const claimed = body('Moskalkova claimed the residents would be evacuated through Belarus next week.');
    expect(sameStatement(SAID, [claimed])).toBe(claimed);
    expect(claimed.verbKind).toBe('distancing');
  });
  it('finds none of another speaker, a negated verb or a headline', () => {
    expect(sameStatement(SAID, [body('Peskov claimed the residents would be evacuated through Belarus next week.')])).toBeNull();
    expect(sameStatement(SAID, [body('The Kremlin did not confirm the residents would be evacuated through Belarus next week.')])).toBeNull();
    expect(sameStatement(SAID, [ATTRIBUTED])).toBeNull();
  });
});
