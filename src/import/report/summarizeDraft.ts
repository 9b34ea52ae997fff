import type { Draft } from '../draft/buildDraft.js';

export interface DraftSummary {
  readonly documentId: string;
  readonly nodes: number;
  readonly relations: number;
  /** Facts (nodes and relations) marked for a reviewer. */
  readonly forReview: number;
  /** Entities of the graph the draft links to. */
  readonly linked: number;
  /** Entities the draft would add. */
  readonly created: number;
  readonly notes: number;
}

/** Counts of what a draft states: the figures of the one-line summary and of the report's head. */
export function summarizeDraft(draft: Draft): DraftSummary {
  const named = draft.nodes.filter((n) => 'name' in n.properties);
  return {
    documentId: draft.facts.document.id,
    nodes: draft.nodes.length,
    relations: draft.relations.length,
    forReview: draft.nodes.filter((n) => n.review).length + draft.relations.filter((r) => r.review).length,
    linked: draft.linked.length,
    created: named.filter((n) => !draft.linked.includes(n.id)).length,
    notes: draft.notes.length,
  };
}
