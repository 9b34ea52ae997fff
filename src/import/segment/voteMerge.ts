import type { Vote } from '../parsedMinutes.js';

const counted = (v: Vote): boolean => v.for !== undefined || v.present !== undefined || v.against !== undefined;

/**
 * One vote from two readings of it (the counts in brackets and the sentence
 * around them, or a vote line before and after a resolution): the reading with
 * counts wins, `preferred` when both or neither have them, and the other fills
 * in what it lacks; unanimity from either.
 */
export function voteMerge(preferred: Vote | undefined, other: Vote | undefined): Vote | undefined {
  if (!preferred || !other) return preferred ?? other;
  const main = counted(other) && !counted(preferred) ? other : preferred;
  const rest = main === preferred ? other : preferred;
  return {
    ...rest,
    ...main,
    unanimous: main.unanimous || rest.unanimous,
    outcome: main.outcome ?? rest.outcome,
  } as Vote;
}
