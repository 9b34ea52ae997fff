import type { Driver } from 'neo4j-driver';

/** Which documents count: these ids, or every id that starts with `prefix` and not with `except`. */
export type DocumentScope = { readonly ids: readonly string[] } | { readonly prefix: string; readonly except: string };

/** Nodes and relationships, counted. */
export interface Footprint {
  readonly nodes: number;
  readonly relationships: number;
}

/**
 * What the documents in `scope` put in the graph: the documents themselves,
 * the nodes they state (`documentIds`), their passages, claims and findings
 * (`documentId`), and the relationships they state. Other test files write to
 * the same Neo4j at the same time (their own documents, load events,
 * focusedQueries' 2,000 twinnings without provenance), so a count of the whole
 * graph would see their work; this one sees only the documents in scope.
 * The audit trail's log is left out: it records attempts too.
 */
export async function documentFootprint(driver: Driver, database: string, scope: DocumentScope): Promise<Footprint> {
  const ours = 'd IN $ids OR (d STARTS WITH $prefix AND NOT d STARTS WITH $except)';
  // With prefix and except both '', no id passes the second test: only `ids` count.
  const params = 'ids' in scope ? { ids: scope.ids, prefix: '', except: '' } : { ids: [], ...scope };
  const { records } = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:AuditEvent
       AND (any(d IN coalesce(n.documentIds, []) WHERE ${ours})
            OR any(d IN [n.documentId] WHERE ${ours}) OR (n:Document AND any(d IN [n.id] WHERE ${ours})))
     WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WHERE any(d IN [r.documentId] WHERE ${ours})
     RETURN nodes, count(r) AS relationships`,
    params,
    { database },
  );
  return { nodes: Number(records[0]?.get('nodes')), relationships: Number(records[0]?.get('relationships')) };
}
