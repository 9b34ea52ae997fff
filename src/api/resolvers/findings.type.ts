import { Field, ID, ObjectType } from 'type-graphql';
import { EntityRef } from './entityRef.type.js';
import { SourcePassage } from './sourcePassage.type.js';

@ObjectType({ description: 'An inconsistency a document states against itself, found while loading it.' })
export class DataFinding {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'VOTE_PRESENT_MISMATCH, VOTE_COUNT_EXCEEDS_PRESENT, …' }) kind!: string;
  @Field(() => String, { description: 'warning or error' }) severity!: string;
  @Field(() => String) message!: string;
  @Field(() => EntityRef) document!: EntityRef;
  @Field(() => [EntityRef], { description: 'The facts it is about: votes, sessions.' }) concerns!: EntityRef[];
  @Field(() => [SourcePassage]) evidence!: SourcePassage[];
}
