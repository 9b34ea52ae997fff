import neo4j from 'neo4j-driver';
import { NODE_KINDS } from '../../src/api/cypher/nodeKind.js';
import { GRAPH_VIEW, labelFilter } from '../../src/api/graphView/readGraphView.js';
import { NETWORK_TYPES, PARTNER_NETWORK } from '../../src/api/graphView/readPartnerNetwork.js';
import { DEFAULT_GRAPH_NODES, MAX_GRAPH_NODES } from '../../src/api/graphView/graphView.js';
import { CONNECTION } from '../../src/api/resolvers/connection.resolver.js';
import { DOSSIER_PAGE, ENTITY, EVIDENCE_KEYS } from '../../src/api/resolvers/entity.resolver.js';
import { FACT_ORIGIN } from '../../src/api/resolvers/factOrigin.resolver.js';
import { FINDINGS } from '../../src/api/resolvers/findings.resolver.js';
import { STATS } from '../../src/api/resolvers/graphStats.resolver.js';
import { SEARCH } from '../../src/api/resolvers/search.resolver.js';
import { TWINNINGS } from '../../src/api/resolvers/twinnings.resolver.js';
import { fulltextQuery } from '../../src/api/cypher/fulltextQuery.js';
import { FULLTEXT_INDEX } from '../../src/load/ensureSchema.js';
import { LOAD_ACTIONS } from '../../src/load/auditTrail.js';
import { column, graphViewSummary, listOf, objectOf, sortedIds, type BenchCase } from './benchCase.js';

/*
 * The analysts' questions (src/api/resolvers/*.resolver.ts). Each resolver
 * already answers with one parameterised Cypher query, written by hand: the
 * Cypher side sends that same query with the same parameters straight through
 * the driver, so the difference measured is the API layer alone (HTTP,
 * Apollo, type-graphql, result shaping, JSON).
 */

const ROLES = ['INITIATED', 'PROPOSED', 'BROKERED', 'SUPPORTED'];
const ACTORS = 'role noteEn actor { id type label } evidence { quote start end }';

const twinnings: BenchCase = {
  name: 'twinnings',
  graphql: (f) => ({
    query: `query Twinnings($m: ID!) { twinnings(municipality: $m) {
      id kind name nameEn status statusDate
      partners { id name nameEn aliases lat lng country { id name nameEn isoCode } evidence { quote start end } }
      history { id status date dateFrom noteEn resolution { id label } evidence { documentId quote start end } }
      actors { initiated { ${ACTORS} } proposed { ${ACTORS} } brokered { ${ACTORS} } supported { ${ACTORS} } }
    } }`,
    variables: { m: f.municipality },
  }),
  cypher: (f) => ({ query: TWINNINGS, params: { municipality: f.municipality, kinds: NODE_KINDS } }),
  summaryOfGraphql: (d) =>
    listOf(d, 'twinnings').map((t) => [
      t['id'],
      sortedIds(listOf(t, 'partners')),
      sortedIds(listOf(t, 'history')),
      ROLES.reduce((n, role) => n + listOf(objectOf(t, 'actors'), role.toLowerCase()).length, 0),
    ]),
  summaryOfCypher: (r) =>
    listOf(column(r, 'twinnings')).map((t) => [
      t['id'],
      sortedIds(listOf(t, 'partners')),
      sortedIds(listOf(t, 'history')),
      listOf(t, 'actors').filter((a) => ROLES.includes(String(a['role']))).length,
    ]),
};

const GRAPH_SELECTION = 'nodes { id type label properties } edges { id type source target properties }';

const partnerNetwork: BenchCase = {
  name: 'partnerNetwork',
  graphql: (f) => ({
    query: `query PartnerNetwork($m: ID!) { partnerNetwork(of: $m, depth: 2) { ${GRAPH_SELECTION} } }`,
    variables: { m: f.municipality },
  }),
  cypher: (f) => ({
    query: PARTNER_NETWORK,
    params: {
      of: f.municipality,
      depth: neo4j.int(2),
      maxNodes: neo4j.int(MAX_GRAPH_NODES),
      networkTypes: NETWORK_TYPES,
      kinds: NODE_KINDS,
    },
  }),
  summaryOfGraphql: (d) =>
    graphViewSummary(listOf(objectOf(d, 'partnerNetwork'), 'nodes'), listOf(objectOf(d, 'partnerNetwork'), 'edges')),
  summaryOfCypher: (r) => graphViewSummary(listOf(column(r, 'nodes')), listOf(column(r, 'edges'))),
};

const entity: BenchCase = {
  name: 'entity',
  graphql: (f) => ({
    query: `query Entity($id: ID!) { entity(id: $id) {
      id type label properties
      relations { type direction other { id type label } properties evidence { documentId quote start end } }
      mentions { documentId documentTitle quote start end via }
      timeline { id date dateFrom dateTo kind label relation }
      relationCount mentionCount timelineCount
    } }`,
    variables: { id: f.person },
  }),
  cypher: (f) => ({
    query: ENTITY,
    params: {
      id: f.person,
      evidenceKeys: EVIDENCE_KEYS,
      kinds: NODE_KINDS,
      limit: neo4j.int(DOSSIER_PAGE),
      offset: neo4j.int(0),
    },
  }),
  summaryOfGraphql: (d) => {
    const e = objectOf(d, 'entity');
    return [
      e['id'],
      e['relationCount'],
      listOf(e, 'relations').length,
      listOf(e, 'mentions').length,
      sortedIds(listOf(e, 'timeline')),
    ];
  },
  summaryOfCypher: (r) => [
    column(r, 'id'),
    Number(column(r, 'relationCount')),
    listOf(column(r, 'relations')).length,
    listOf(column(r, 'mentions')).length,
    sortedIds(listOf(column(r, 'timeline'))),
  ],
};

const search: BenchCase = {
  name: 'search',
  graphql: (f) => ({
    query: `query Search($text: String!) { search(text: $text, limit: 20) { id type name nameEn aliases matched score } }`,
    variables: { text: f.partnerName },
  }),
  cypher: (f) => {
    const { lucene, terms } = fulltextQuery(f.partnerName);
    return {
      query: SEARCH,
      params: { index: FULLTEXT_INDEX, query: lucene, terms, limit: neo4j.int(20), kinds: NODE_KINDS },
    };
  },
  summaryOfGraphql: (d) => sortedIds(listOf(d, 'search')),
  summaryOfCypher: (r) => sortedIds(r.map((x) => x.toObject())),
};

const graph: BenchCase = {
  name: 'graph',
  graphql: (f) => ({
    query: `query Graph($focus: ID!) { graph(focus: $focus, depth: 1) { ${GRAPH_SELECTION} } }`,
    variables: { focus: f.twinning },
  }),
  cypher: (f) => ({
    query: GRAPH_VIEW,
    params: {
      focus: f.twinning,
      depth: neo4j.int(1),
      maxNodes: neo4j.int(DEFAULT_GRAPH_NODES),
      types: null,
      includeProvenance: false,
      labelFilter: labelFilter(undefined, false),
      kinds: NODE_KINDS,
    },
  }),
  summaryOfGraphql: (d) =>
    graphViewSummary(listOf(objectOf(d, 'graph'), 'nodes'), listOf(objectOf(d, 'graph'), 'edges')),
  summaryOfCypher: (r) => graphViewSummary(listOf(column(r, 'nodes')), listOf(column(r, 'edges'))),
};

const connection: BenchCase = {
  name: 'connection',
  graphql: (f) => ({
    query: `query Connection($from: ID!, $to: ID!) { connection(from: $from, to: $to) {
      length steps { from { id type label } type direction properties to { id type label } evidence { quote start end } }
    } }`,
    variables: { from: f.actor, to: f.partnerCity },
  }),
  cypher: (f) => ({
    query: CONNECTION,
    params: { from: f.actor, to: f.partnerCity, maxLength: 6, evidenceKeys: EVIDENCE_KEYS, kinds: NODE_KINDS },
  }),
  summaryOfGraphql: (d) =>
    listOf(d, 'connection').map((p) =>
      listOf(p, 'steps').map((s) => `${String(objectOf(s, 'from')['id'])}>${String(objectOf(s, 'to')['id'])}`),
    ),
  summaryOfCypher: (r) =>
    listOf(column(r, 'paths')).map((p) =>
      listOf(p, 'steps').map((s) => `${String(objectOf(s, 'from')['id'])}>${String(objectOf(s, 'to')['id'])}`),
    ),
};

const findings: BenchCase = {
  name: 'findings',
  graphql: (f) => ({
    query: `query Findings($doc: ID) { findings(documentId: $doc) {
      id kind severity message document { id label } concerns { id type label } evidence { documentTitle quote start end }
    } }`,
    variables: { doc: f.findingsDocument },
  }),
  cypher: (f) => ({
    query: FINDINGS,
    params: { documentId: f.findingsDocument, severity: null, kinds: NODE_KINDS },
  }),
  summaryOfGraphql: (d) => listOf(d, 'findings').map((x) => [x['id'], listOf(x, 'concerns').length]),
  summaryOfCypher: (r) =>
    r.map((x) => x.get('finding') as Record<string, unknown>).map((x) => [x['id'], listOf(x, 'concerns').length]),
};

const factOrigin: BenchCase = {
  name: 'factOrigin',
  graphql: (f) => ({
    query: `query FactOrigin($id: ID!) { factOrigin(id: $id) {
      id kind type documents
      statements { documentId documentTitle documentDate passages { quote start end } loads { id action actor via at } }
      edits { id action actor at summary }
    } }`,
    variables: { id: f.person },
  }),
  cypher: (f) => ({
    query: FACT_ORIGIN,
    params: {
      id: f.person,
      quoted: JSON.stringify(f.person),
      loads: LOAD_ACTIONS,
      edits: ['GRAPHQL_MUTATION', 'MERGE_ENTITIES'],
    },
  }),
  summaryOfGraphql: (d) => {
    const o = objectOf(d, 'factOrigin');
    return [listOf(o, 'statements').map((s) => s['documentId']), sortedIds(listOf(o, 'edits'))];
  },
  summaryOfCypher: (r) => [
    listOf(column(r, 'statements')).map((s) => s['documentId']),
    sortedIds(listOf(column(r, 'edits'))),
  ],
};

const graphStats: BenchCase = {
  name: 'graphStats',
  graphql: () => ({
    query: 'query GraphStats { graphStats { nodes relationships documents labels { label count } } }',
    variables: {},
  }),
  cypher: () => ({ query: STATS, params: {} }),
  summaryOfGraphql: (d) => {
    const s = objectOf(d, 'graphStats');
    return [s['nodes'], s['relationships'], s['documents'], listOf(s, 'labels').length];
  },
  summaryOfCypher: (r) => [
    column(r, 'nodes'),
    column(r, 'relationships'),
    column(r, 'documents'),
    listOf(column(r, 'labels')).length,
  ],
};

/** Every analyst field (the custom queries), in the order the table prints them. */
export const ANALYST_CASES: readonly BenchCase[] = [
  twinnings,
  partnerNetwork,
  entity,
  search,
  graph,
  connection,
  findings,
  factOrigin,
  graphStats,
];
