import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { EntityRef } from './entityRef.type.js';
import { SourcePassage } from './sourcePassage.type.js';

@ObjectType({ description: 'One stated relationship walked along a path, with the passage that states it.' })
export class PathStep {
  @Field(() => EntityRef)
  from!: EntityRef;

  @Field(() => EntityRef)
  to!: EntityRef;

  @Field(() => String, { description: 'The relationship type: INVOLVED_IN, PARTNER, ATTENDED, MENTIONS, …' })
  type!: string;

  @Field(() => String, {
    description: 'FORWARD when the relationship points from `from` to `to`, BACKWARD when it points the other way.',
  })
  direction!: string;

  @Field(() => GraphQLJSONObject, {
    description: "The relationship's own properties (role, capacity, noteEn, …), without its evidence.",
  })
  properties!: Record<string, unknown>;

  @Field(() => SourcePassage)
  evidence!: SourcePassage;
}

@ObjectType({ description: 'A shortest path between two entities through stated relationships.' })
export class GraphPath {
  @Field(() => Int, { description: 'The number of steps.' })
  length!: number;

  @Field(() => [PathStep])
  steps!: PathStep[];
}
