import { request } from '../api/graphql';
import type { DecisionInput, ImportDraft, LoadResult } from './reviewState';

const DRAFT = `mutation ReviewDraft($fileName: String!, $text: String, $contentBase64: String) {
  draftImport(fileName: $fileName, text: $text, contentBase64: $contentBase64) {
    documentId format documentText facts notes
    proposals { fact kind label quote start end review candidates { id type name } }
  }
}`;

const LOAD = `mutation LoadReviewedDraft($facts: String!, $documentText: String!, $decisions: [ReviewDecisionInput!]!) {
  loadReviewedDraft(facts: $facts, documentText: $documentText, decisions: $decisions) {
    documentId nodes relations nodesCreated relationshipsCreated pending decisions rejected
  }
}`;

/** The importer's draft of a document: pasted text, or a file as base64. Writes nothing. */
export async function draftImport(
  token: string,
  input: { fileName: string; text?: string; contentBase64?: string },
): Promise<ImportDraft> {
  const data = await request<{ draftImport: ImportDraft }>(DRAFT, input, { token });
  return data.draftImport;
}

/** Loads the draft with the reviewer's decisions (one transaction on the server, decisions recorded). */
export async function loadReviewedDraft(
  token: string,
  draft: Pick<ImportDraft, 'facts' | 'documentText'>,
  decisions: DecisionInput[],
): Promise<LoadResult> {
  const data = await request<{ loadReviewedDraft: LoadResult }>(
    LOAD,
    { facts: draft.facts, documentText: draft.documentText, decisions },
    { token },
  );
  return data.loadReviewedDraft;
}
