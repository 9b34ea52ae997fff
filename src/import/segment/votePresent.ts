import type { Vote } from '../parsedMinutes.js';
import { attendanceCount } from './attendanceCount.js';

/** The last attendance count stated in prose before `at` ("Prisotnih je 9 članov", "prisotnih 7 od 9 članov"). */
function presentBefore(text: string, at: number): number | undefined {
  let from = 0;
  let last: number | undefined;
  for (;;) {
    const found = attendanceCount(text.slice(from, at));
    if (!found) return last;
    last = found.count;
    from += Math.max(1, found.span.end);
  }
}

/**
 * The vote with the number present filled in from the last attendance count
 * stated before it ("Prisotnih je 9 članov. … Sklep je bil soglasno
 * sprejet."): a unanimous vote with no numbers then counts everyone present
 * for. The vote unchanged when it states who was present, or when the
 * statement cannot be right (more votes than people present).
 */
export function votePresent(text: string, vote: Vote): Vote {
  if (vote.present !== undefined) return vote;
  const present = presentBefore(text, vote.span.start);
  if (present === undefined) return vote;
  const cast = (vote.for ?? 0) + (vote.against ?? 0) + (vote.abstained ?? 0);
  if (cast > present || (vote.voted ?? 0) > present) return vote;
  const counted = vote.for !== undefined || vote.against !== undefined || vote.abstained !== undefined;
  if (vote.unanimous && !counted && vote.voted === undefined) return { ...vote, present, for: present };
  if (!counted) return vote;
  // "27 ZA, 0 PROTI" with 27 present: everyone present voted for.
  const everyoneFor = vote.for === present && (vote.against ?? 0) === 0 && (vote.abstained ?? 0) === 0;
  return { ...vote, present, unanimous: vote.unanimous || everyoneFor };
}
