import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What merging one entity into another did.' })
export class MergeReport {
  @Field(() => ID, { description: 'The entity that stays.' }) kept!: string;
  @Field(() => ID, { description: 'The entity merged into it; its id now leads to the kept one.' }) merged!: string;
  @Field(() => ID, { description: 'The :Merge record kept beside the entity.' }) mergeId!: string;
  @Field(() => Int) relationshipsMoved!: number;
  @Field(() => Int) passagesMoved!: number;
  @Field(() => Int) milliseconds!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The AuditEvent recorded with this write (null when it changed nothing).',
  })
  auditEventId!: string | null;
}
