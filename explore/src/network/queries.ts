import { ApiError, request } from '../api/graphql';
import type { GraphView, SearchHit } from '../api/types';

const VIEW_FIELDS = `nodes { id type label properties } edges { id type source target properties }`;

export const PARTNER_NETWORK = `query PartnerNetwork($of: ID!) { partnerNetwork(of: $of) { ${VIEW_FIELDS} } }`;
export const GRAPH = `query Graph($focus: ID!, $depth: Int!, $maxNodes: Int!) {
  graph(focus: $focus, depth: $depth, maxNodes: $maxNodes) { ${VIEW_FIELDS} } }`;
export const SEARCH = `query Search($text: String!, $limit: Int!) {
  search(text: $text, limit: $limit) { id type name nameEn aliases score matched } }`;

/** Most nodes one expansion asks for (those beyond the on-screen cap are listed, not drawn). */
export const EXPAND_FETCH_MAX = 500;

/**
 * The network around a focus: a municipality's partner network (its
 * twinnings, partner cities and the actors behind each), or for anything else
 * its neighbourhood two steps out.
 */
export async function loadFocus(focus: string, signal?: AbortSignal): Promise<GraphView> {
  if (focus.startsWith('org:')) {
    try {
      const data = await request<{ partnerNetwork: GraphView }>(PARTNER_NETWORK, { of: focus }, { signal });
      if (data.partnerNetwork.nodes.length > 0) return data.partnerNetwork;
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'BAD_USER_INPUT') throw error;
      // an organisation that is not a municipality: its neighbourhood instead
    }
  }
  const data = await request<{ graph: GraphView }>(GRAPH, { focus, depth: 2, maxNodes: 150 }, { signal });
  return data.graph;
}

/** A node's neighbours, one step out. */
export async function loadNeighbours(id: string, signal?: AbortSignal): Promise<GraphView> {
  const data = await request<{ graph: GraphView }>(
    GRAPH,
    { focus: id, depth: 1, maxNodes: EXPAND_FETCH_MAX },
    { signal },
  );
  return data.graph;
}

export async function searchEntities(text: string, signal?: AbortSignal): Promise<SearchHit[]> {
  const data = await request<{ search: SearchHit[] }>(SEARCH, { text, limit: 12 }, { signal });
  return data.search;
}
