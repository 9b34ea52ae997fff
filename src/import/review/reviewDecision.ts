/** What a reviewer may do with one proposed fact of a draft. */
export const REVIEW_ACTIONS = ['ACCEPT', 'REJECT', 'CORRECT', 'CHOOSE_CANDIDATE', 'CREATE_NEW'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/**
 * One decision: the fact (a node id, or a relation's key as `relationKey`
 * gives it) and what to do with it. CHOOSE_CANDIDATE needs `candidateId`;
 * CORRECT needs `name` (CREATE_NEW may carry one too); `note` is for the record.
 */
export interface ReviewDecision {
  readonly fact: string;
  readonly action: ReviewAction;
  readonly candidateId?: string | null | undefined;
  readonly name?: string | null | undefined;
  readonly note?: string | null | undefined;
}

/** A decision that cannot be applied to the draft: which one and why. Nothing is written. */
export class ReviewDecisionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `${problems.length} decision(s) cannot be applied, nothing was loaded: ${problems.slice(0, 10).join('; ')}` +
        (problems.length > 10 ? `; … and ${problems.length - 10} more` : ''),
    );
    this.name = 'ReviewDecisionError';
  }
}
