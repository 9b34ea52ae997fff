import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A node of the graph, by id, kind and display label.' })
export class EntityRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Its kind: Person, City, Company, Twinning, …' })
  type!: string;

  @Field(() => String)
  label!: string;
}
