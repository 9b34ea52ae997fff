import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What removing one document changed in the graph.' })
export class RemoveReport {
  @Field(() => ID) documentId!: string;
  @Field(() => Int, { description: 'Nodes it stated that other documents still state: they stay.' })
  nodesKept!: number;
  @Field(() => Int, { description: 'Relationships it stated that other documents still state: they stay.' })
  relationsKept!: number;
  @Field(() => Int) nodesDeleted!: number;
  @Field(() => Int) relationshipsDeleted!: number;
  @Field(() => Int) milliseconds!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The AuditEvent recorded with this write (null when it changed nothing).',
  })
  auditEventId!: string | null;
}
