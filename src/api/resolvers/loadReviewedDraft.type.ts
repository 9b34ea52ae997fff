import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ReviewAction } from '../../import/review/reviewDecision.js';
import { ImportReport } from './importFacts.type.js';

/** The actions as a GraphQL enum (the same names as REVIEW_ACTIONS). */
export enum ReviewActionEnum {
  ACCEPT = 'ACCEPT',
  REJECT = 'REJECT',
  CORRECT = 'CORRECT',
  CHOOSE_CANDIDATE = 'CHOOSE_CANDIDATE',
  CREATE_NEW = 'CREATE_NEW',
}

registerEnumType(ReviewActionEnum, {
  name: 'ReviewAction',
  description: 'What a reviewer does with a proposed fact of a draft.',
  valuesConfig: {
    ACCEPT: { description: 'The fact stands as drafted (its review mark is dropped).' },
    REJECT: { description: 'The fact is left out, with the relations that hang on it.' },
    CORRECT: { description: 'The entity is named `name` instead; its passage stays the evidence.' },
    CHOOSE_CANDIDATE: { description: 'The name is the existing entity `candidateId` (one of the candidates).' },
    CREATE_NEW: { description: 'The name is a new entity (optionally named `name`), none of the candidates.' },
  },
});

@InputType({ description: "A reviewer's decision on one fact of a draft (see DraftProposal.fact)." })
export class ReviewDecisionInput {
  @Field(() => String, { description: 'DraftProposal.fact: a node id, or a relation as "TYPE from → to".' })
  fact!: string;
  @Field(() => ReviewActionEnum) action!: ReviewAction;
  @Field(() => ID, { nullable: true, description: "With CHOOSE_CANDIDATE: one of the proposal's candidates." })
  candidateId?: string | null;
  @Field(() => String, { nullable: true, description: 'With CORRECT (required) or CREATE_NEW: the name.' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Why, for the record.' }) note?: string | null;
}

@ObjectType({ description: 'What loading a reviewed draft changed, and how many decisions were recorded.' })
export class ReviewedDraftReport extends ImportReport {
  @Field(() => Int, { description: 'Decisions applied and recorded (ReviewDecision nodes of the document).' })
  decisions!: number;
  @Field(() => Int, { description: 'Facts the reviewer rejected (relations on rejected nodes not counted).' })
  rejected!: number;
}
