import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Where a fact is written: the document and the exact passage (code point offsets).' })
export class SourcePassage {
  @Field(() => String)
  documentId!: string;

  @Field(() => String, { nullable: true })
  documentTitle?: string | null;

  @Field(() => String)
  quote!: string;

  @Field(() => Int)
  start!: number;

  @Field(() => Int)
  end!: number;
}

/** Cypher map projection of a relationship's evidence into a SourcePassage, for relationship `r` and its document `d`. */
export const SOURCE_PASSAGE_OF = (r: string, d: string): string =>
  `{documentId: ${r}.documentId, documentTitle: coalesce(${d}.titleEn, ${d}.title), quote: ${r}.quote, start: ${r}.start, end: ${r}.end}`;
