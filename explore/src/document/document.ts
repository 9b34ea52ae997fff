import { request } from '../api/graphql';

/** The document viewer's question to the generated API (@neo4j/graphql 7 filter syntax). */
export const DOCUMENT_QUERY = `query DocumentText($id: ID!) {
  documents(where: { id: { eq: $id } }) { id title titleEn date language text sourceFile }
}`;

export interface DocumentText {
  id: string;
  title: string;
  titleEn?: string | null;
  date: string;
  language?: string | null;
  text: string;
  sourceFile: string;
}

export class DocumentNotFound extends Error {
  constructor(readonly documentId: string) {
    super(`no document with id "${documentId}"`);
    this.name = 'DocumentNotFound';
  }
}

/** Documents are immutable once loaded: one request per document per page. */
const cache = new Map<string, Promise<DocumentText>>();

export function fetchDocument(id: string): Promise<DocumentText> {
  let pending = cache.get(id);
  if (!pending) {
    pending = request<{ documents: DocumentText[] }>(DOCUMENT_QUERY, { id }).then((data) => {
      const doc = data.documents[0];
      if (!doc) throw new DocumentNotFound(id);
      return doc;
    });
    pending.catch(() => cache.delete(id)); // a failure is not remembered
    cache.set(id, pending);
  }
  return pending;
}

/** The elements inside `root` that Tab can reach, in order. */
export const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where Tab (or Shift+Tab) from `current` goes inside a dialog whose focusable elements are `items`: it wraps around. */
export function nextFocusIndex(count: number, current: number, backwards: boolean): number {
  if (count === 0) return -1;
  if (current < 0) return backwards ? count - 1 : 0;
  return backwards ? (current - 1 + count) % count : (current + 1) % count;
}
