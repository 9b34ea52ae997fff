import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A fact of a draft that a reviewer must accept before it is loaded.' })
export class DraftReviewItem {
  @Field(() => String, { description: 'The node id, or "TYPE from → to" for a relation (as DraftProposal.fact).' })
  fact!: string;
  @Field(() => String) reason!: string;
  @Field(() => String, { description: 'The passage the fact quotes.' }) quote!: string;
  @Field(() => Int, { description: 'Code point offset of the quote in documentText.' }) start!: number;
  @Field(() => [String], { description: 'Ids of the entities a doubtful name may be.' }) candidates!: string[];
}

@ObjectType({ description: 'An entity a doubtful name of a draft may be.' })
export class DraftCandidate {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'Its node type (as the graph has it).' }) type!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'One fact of a draft as a reviewer sees it: what, where in the text, and any doubt.' })
export class DraftProposal {
  @Field(() => String, {
    description:
      'The node id, or the relation as "TYPE from → to" (with its role if it has one): what a decision names.',
  })
  fact!: string;
  @Field(() => String, { description: 'The node type or the relation type.' }) kind!: string;
  @Field(() => String, { description: 'A readable name: the node\'s name, or "from → TYPE → to" with names.' })
  label!: string;
  @Field(() => String, { description: 'The passage the fact quotes (its first, for a node with several).' })
  quote!: string;
  @Field(() => Int, { description: 'Code point offset of the quote in documentText.' }) start!: number;
  @Field(() => Int, { description: 'Code point offset just after the quote.' }) end!: number;
  @Field(() => String, {
    nullable: true,
    description: 'Why a reviewer must decide on it; null when the importer is sure.',
  })
  review!: string | null;
  @Field(() => [DraftCandidate], { description: 'The entities a doubtful name may be, best first.' })
  candidates!: DraftCandidate[];
}

@ObjectType({ description: "The importer's draft of one document: facts to review, then load with importFacts." })
export class ImportDraft {
  @Field(() => ID) documentId!: string;
  @Field(() => String, { description: 'pdf, docx, html or txt, as recognised from the content.' }) format!: string;
  @Field(() => String) extractedWith!: string;
  @Field(() => String, { description: 'SHA-256 of the file as sent.' }) originalSha256!: string;
  @Field(() => String, {
    description: 'The cleaned text every offset counts into: send it back as importFacts(documentText:).',
  })
  documentText!: string;
  @Field(() => String, { description: 'The draft facts file (YAML); facts with a review entry are not loaded.' })
  facts!: string;
  @Field(() => String, { description: 'The readable report (Markdown): what was found, what needs review and why.' })
  report!: string;
  @Field(() => Int) nodes!: number;
  @Field(() => Int) relations!: number;
  @Field(() => Int, { description: 'Entities of the graph the draft links to.' }) linked!: number;
  @Field(() => Int, { description: 'Named entities the draft would add.' }) created!: number;
  @Field(() => [DraftReviewItem]) review!: DraftReviewItem[];
  @Field(() => [DraftProposal], {
    description: 'Every fact of the draft (nodes, then relations), doubtful or sure: what the review screen lists.',
  })
  proposals!: DraftProposal[];
  @Field(() => [String], { description: 'What the importer could not state, and why.' }) notes!: string[];
}
