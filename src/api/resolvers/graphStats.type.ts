import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many nodes carry one label.' })
export class LabelCount {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'The size of the graph and what it was built from.' })
export class GraphStats {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  relationships!: number;

  @Field(() => Int, { description: 'Source documents loaded.' })
  documents!: number;

  @Field(() => [LabelCount])
  labels!: LabelCount[];
}
