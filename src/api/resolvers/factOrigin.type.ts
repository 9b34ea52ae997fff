import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SourcePassage } from './sourcePassage.type.js';

@ObjectType({ description: 'One write of the audit trail, as factOrigin names it: who, when, how.' })
export class AuditRecord {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'SEED_LOAD, IMPORT_LOAD, REVIEWED_LOAD, MERGE_ENTITIES, GRAPHQL_MUTATION, …' })
  action!: string;
  @Field(() => String, { description: 'The token subject, or "cli:<OS user>".' }) actor!: string;
  @Field(() => String, { description: 'cli or graphql' }) via!: string;
  @Field(() => String, { description: 'When, as an ISO date-time.' }) at!: string;
  @Field(() => String) summary!: string;
  @Field(() => String, { nullable: true }) operationName?: string | null;
}

@ObjectType({ description: 'One document that states a fact: its passages, and who loaded the document when.' })
export class FactStatement {
  @Field(() => ID) documentId!: string;
  @Field(() => String, { nullable: true }) documentTitle?: string | null;
  @Field(() => String, { nullable: true, description: "The document's date." }) documentDate?: string | null;
  @Field(() => [SourcePassage], { description: 'Where the document states it.' }) passages!: SourcePassage[];
  @Field(() => [AuditRecord], {
    description: 'The loads of this document, oldest first: the first is who added it, the last who loaded it last.',
  })
  loads!: AuditRecord[];
}

@ObjectType({ description: 'Where a fact (a node or a relationship) comes from, and who put it in the graph.' })
export class FactOrigin {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'node or relation (null when no document states it).' })
  kind?: string | null;
  @Field(() => String, { nullable: true, description: 'The node kind or the relationship type.' })
  type?: string | null;
  @Field(() => [FactStatement], { description: 'Every document that states it, most recent document first.' })
  statements!: FactStatement[];
  @Field(() => [AuditRecord], {
    description: 'Edits that name it in their arguments: generated mutations and merges, oldest first.',
  })
  edits!: AuditRecord[];
  @Field(() => Int, { description: 'How many documents state it.' }) documents!: number;
}
