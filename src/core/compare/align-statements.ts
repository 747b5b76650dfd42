/**
 * Statements across reports: a claim one report states as fact (its headline)
 * and another attributes ("Russia says …", "…, Russian official claims"), and
 * the same attributed claim given with a reporting verb of another kind.
 */
import type { StatementClaim } from '../claims/types';
import { stemsOf } from './align-quotes';
import { sameSource } from './align-figures';
import { containment, eventStems, sameSpeaker, shared } from './similarity';

const eventCache = new WeakMap<object, Set<string>>();
function events(s: StatementClaim): Set<string> {
  let e = eventCache.get(s);
  if (!e) {
    e = eventStems(s.span.text, s.names ?? []);
    eventCache.set(s, e);
  }
  return e;
}

/** Whether two statements report the same event: shared words besides names, and a shared name. */
export function sameEvent(a: StatementClaim, b: StatementClaim, minShared = 2): number {
  const ea = events(a);
  const eb = events(b);
  const n = shared(ea, eb);
  if (n < minShared) return 0;
  const na = a.names ?? [];
  const nb = b.names ?? [];
  if (na.length > 0 && nb.length > 0 && !na.some((x) => nb.includes(x))) return 0;
  return n / Math.max(1, Math.min(ea.size, eb.size));
}

export const isAttributed = (s: StatementClaim) => s.speaker !== null && !s.negated;

/**
 * The other report's headline that attributes what `fact` states as fact.
 * Only headlines are compared: a headline is where a report chooses to state
 * or to attribute, and bodies attribute nearly everything.
 */
export function attributedCounterpart(fact: StatementClaim, others: readonly StatementClaim[]): StatementClaim | null {
  let best: StatementClaim | null = null;
  let bestScore = 0;
  for (const o of others) {
    if (!o.headline || !isAttributed(o)) continue;
    // Headlines are short: three words besides names must be shared.
    const score = sameEvent(fact, o, 3);
    if (score > 0 && score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

/** The other report's statement of the same claim by a compatible speaker, if any. */
export function sameStatement(a: StatementClaim, others: readonly StatementClaim[]): StatementClaim | null {
  const sa = stemsOf(a);
  let best: StatementClaim | null = null;
  let bestScore = 0;
  for (const o of others) {
    if (!isAttributed(o) || o.headline !== a.headline) continue;
    const speaker = sameSpeaker(a.speaker, o.speaker);
    if (speaker === false) continue;
    const sb = stemsOf(o);
    const n = shared(sa, sb);
    const score = containment(sa, sb);
    // Without a speaker known to be the same, the words must say much the same.
    const ok = speaker === true
      ? (n >= 3 && score >= 0.45) || (n >= 2 && score >= 0.5 && Math.min(sa.size, sb.size) <= 4)
      : (n >= 4 && score >= 0.6) || (n >= 2 && score >= 0.6 && Math.min(sa.size, sb.size) <= 4 && sameSource(a.speaker, o.speaker));
    if (ok && score > bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}
