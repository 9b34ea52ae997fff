import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { DEFAULT_GRAPH_NODES, MAX_GRAPH_DEPTH, MAX_GRAPH_NODES } from '../graphView/graphView.js';

@ObjectType({ description: 'A node of a graph view: its id, kind, a display label and its stored properties.' })
export class GraphNode {
  @Field(() => ID, { description: 'The node\'s own id, stable between calls (e.g. "org:iskratel").' })
  id!: string;

  @Field(() => String, { description: "The node's kind: Person, Municipality, City, Twinning, Passage…" })
  type!: string;

  @Field(() => String, { description: 'A name to display.' })
  label!: string;

  @Field(() => GraphQLJSONObject, { description: 'The stored properties (without documentIds).' })
  properties!: Record<string, unknown>;
}

@ObjectType({ description: 'A relationship of a graph view, between two nodes of the same view.' })
export class GraphEdge {
  @Field(() => ID, {
    description: "The relationship's id, or TYPE:sourceId>targetId for provenance edges that have none.",
  })
  id!: string;

  @Field(() => String, { description: 'The relationship type: INVOLVED_IN, PARTNER, LOCATED_IN…' })
  type!: string;

  @Field(() => ID, { description: 'The id of the node it starts at.' })
  source!: string;

  @Field(() => ID, { description: 'The id of the node it ends at.' })
  target!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'Its properties (role, capacity…) and provenance: documentId, passageId, quote, start, end.',
  })
  properties!: Record<string, unknown>;
}

@ObjectType({
  description:
    'Nodes and edges for a visualisation (Cytoscape.js, vis-network, sigma.js): every edge joins two nodes of the view; ids are stable.',
})
export class GraphView {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];
}

@ArgsType()
export class GraphArgs {
  @Field(() => ID, { nullable: true, description: 'The id of the node to centre on; none: the whole graph.' })
  focus?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: `Relationships out from the focus, 0 to ${MAX_GRAPH_DEPTH}.`,
  })
  depth?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Node kinds to keep (e.g. City, Country); the focus is always kept.',
  })
  types?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Also the Passage, Document and Finding nodes, with EVIDENCED_BY and IN_DOCUMENT edges.',
  })
  includeProvenance?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_GRAPH_NODES,
    description: `At most this many nodes (1 to ${MAX_GRAPH_NODES}, within the API's page size limit), the nearest to the focus first.`,
  })
  maxNodes?: number | null;
}

@ArgsType()
export class PartnerNetworkArgs {
  @Field(() => ID, { description: 'The id of a Municipality, e.g. "org:mestna-obcina-kranj".' })
  of!: string;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 2,
    description: `Relationships out from the municipality and the actors involved in its twinnings, 1 to ${MAX_GRAPH_DEPTH}.`,
  })
  depth?: number | null;
}
