import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A named thing found by full-text search, with its relevance.' })
export class SearchHit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Its kind: Person, City, Company, Twinning, Event, …' })
  type!: string;

  @Field(() => String, { description: 'The name in its original language and spelling.' })
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => Float, { description: 'Lucene relevance; hits come highest first.' })
  score!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The name, abbreviation or alias that contains most of the searched words (accents ignored).',
  })
  matched?: string | null;
}
