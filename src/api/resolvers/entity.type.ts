import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { EntityRef } from './entityRef.type.js';
import { SourcePassage } from './sourcePassage.type.js';

@ObjectType({ description: 'A stated relationship of the entity, in either direction, with its passage.' })
export class DossierRelation {
  @Field(() => String, { description: 'The relationship type: HOLDS, ATTENDED, STATED_BY, INVOLVED_IN, …' })
  type!: string;

  @Field(() => String, { description: 'OUT when the relationship starts at the entity, IN when it ends there.' })
  direction!: string;

  @Field(() => EntityRef, { description: 'The node at the other end.' })
  other!: EntityRef;

  @Field(() => GraphQLJSONObject, {
    description: "The relationship's own properties (role, capacity, noteEn, …), without its evidence.",
  })
  properties!: Record<string, unknown>;

  @Field(() => SourcePassage)
  evidence!: SourcePassage;
}

@ObjectType({ description: 'A passage that mentions the entity, once per passage, with the facts that cite it.' })
export class Mention extends SourcePassage {
  @Field(() => [String], {
    description:
      'The facts that cite this passage: "evidence of <id>" (a node\'s own evidence), ' +
      '"<from id> <TYPE> <to id>" (a relationship), or "evidence of <statement id>, which MENTIONS it".',
  })
  via!: string[];
}

@ObjectType({ description: 'Something dated around the entity.' })
export class TimelineEntry {
  @Field(() => String, {
    description: 'As written, perhaps partial: 2021, 2021-07, 2021-12-14, 2022-01-10/2022-01-16.',
  })
  date!: string;

  @Field(() => String, { description: 'The first day the date covers (YYYY-MM-DD); entries are sorted by it.' })
  dateFrom!: string;

  @Field(() => String, { description: 'The last day the date covers (YYYY-MM-DD).' })
  dateTo!: string;

  @Field(() => String, { description: 'Session, Event, StatusChange, or the kind of the entity itself.' })
  kind!: string;

  @Field(() => String)
  label!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description:
      'How it is connected to the entity: SELF, ATTENDED, CHAIRED_BY, OF_BODY, PARTICIPATED_IN (role), ABOUT, ' +
      'LOCATED_IN, HAS_STEP, or INVOLVED_IN / PARTNER <twinning id> for a step of a twinning; several joined by "; ".',
  })
  relation!: string;
}

@ObjectType({ description: 'Everything the graph knows about one entity, each fact with its passage.' })
export class Dossier extends EntityRef {
  @Field(() => GraphQLJSONObject, { description: 'All its properties (name, aliases, dates, …) except documentIds.' })
  properties!: Record<string, unknown>;

  @Field(() => [DossierRelation], {
    description: 'Its stated relationships, by type, direction and other end: one page (see relationCount).',
  })
  relations!: DossierRelation[];

  @Field(() => Int, { description: 'How many stated relationships it has in all (relations is one page of them).' })
  relationCount!: number;

  @Field(() => [Mention], {
    description:
      "The passages that mention it: its own evidence, its relationships' passages, and the passages of statements " +
      'that mention it; by document and position.',
  })
  mentions!: Mention[];

  @Field(() => Int, { description: 'How many passages mention it in all (mentions is one page of them).' })
  mentionCount!: number;

  @Field(() => [TimelineEntry], { description: 'Dated things around it, earliest first.' })
  timeline!: TimelineEntry[];

  @Field(() => Int, { description: 'How many dated things are around it in all (timeline is one page of them).' })
  timelineCount!: number;
}
