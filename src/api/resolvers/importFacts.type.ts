import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What loading one document changed in the graph.' })
export class ImportReport {
  @Field(() => ID) documentId!: string;
  @Field(() => Int) nodes!: number;
  @Field(() => Int) relations!: number;
  @Field(() => Int) passages!: number;
  @Field(() => Int) findings!: number;
  @Field(() => Int) nodesCreated!: number;
  @Field(() => Int) nodesDeleted!: number;
  @Field(() => Int) relationshipsCreated!: number;
  @Field(() => Int) relationshipsDeleted!: number;
  @Field(() => Int) milliseconds!: number;
  @Field(() => ID, {
    nullable: true,
    description: 'The AuditEvent recorded with this write (null when it changed nothing).',
  })
  auditEventId!: string | null;
  @Field(() => Int, { description: 'Facts still marked for review in the file: validated, not loaded.' })
  pending!: number;
}
