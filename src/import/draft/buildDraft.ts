import { createHash } from 'node:crypto';
import type { RawFactsFile } from '../../facts/factsSchema.js';
import type { ParsedMinutes } from '../parsedMinutes.js';
import type { RelationsFound } from '../recognise/relationsFound.js';
import { addCityCoordinates } from '../geo/addCityCoordinates.js';
import { createEntityResolver } from '../resolve/createEntityResolver.js';
import type { KnownGraph } from '../resolve/knownGraph.js';
import type { DraftContext } from './DraftContext.js';
import { DraftFacts, type DraftNode, type DraftRelation } from './DraftFacts.js';
import { draftAttendance } from './draftAttendance.js';
import { draftDecisions } from './draftDecisions.js';
import { draftInternational } from './draftInternational.js';
import { draftSession } from './draftSession.js';

/** Where the document came from, as the extraction stage tells it. */
export interface DocumentSource {
  readonly fileName: string;
  readonly sha256: string;
  readonly extractedWith: string;
}

export interface DraftInput {
  readonly text: string;
  readonly source: DocumentSource;
  readonly minutes: ParsedMinutes;
  readonly found: RelationsFound;
  readonly graph: KnownGraph;
  /** The stored text's path as the facts file will name it (relative to the facts file). */
  readonly documentFile: string;
}

export interface Draft {
  /** A facts file in the format `seed/` uses; doubtful facts carry a `review` entry. */
  readonly facts: RawFactsFile;
  readonly nodes: readonly DraftNode[];
  readonly relations: readonly DraftRelation[];
  /** Ids of the entities the graph already had that this draft links to. */
  readonly linked: readonly string[];
  /** What the draft could not state, and why. */
  readonly notes: readonly string[];
  /** The id of a document with the same text that the graph already holds. */
  readonly alreadyInGraph?: string;
}

/**
 * The document's id, or the next free one when the graph holds another text
 * under it (another version of the same minutes): both then describe the
 * same session, and loading one never replaces what the other states.
 */
function freeDocumentId(wanted: string, graph: KnownGraph, notes: string[]): string {
  const taken = new Set(graph.documentsBySha256.values());
  if (!taken.has(wanted)) return wanted;
  let n = 2;
  while (taken.has(`${wanted}-v${n}`)) n++;
  notes.push(
    `The graph holds another text as ${wanted} (another version of these minutes?): this one is ${wanted}-v${n}.`,
  );
  return `${wanted}-v${n}`;
}

/**
 * Turns what the stages read from one document into a draft facts file:
 * the municipality, body and session; attendance, memberships, chair,
 * preparer and signatories; agenda, resolutions and votes; twinnings with
 * their steps and actors, events and statements. Every fact quotes its
 * passage; names are linked to the graph where they match; doubtful facts are
 * marked for review. Pure: the graph comes in as data.
 */
export function buildDraft(input: DraftInput): Draft {
  const { text, minutes, found, graph } = input;
  const facts = new DraftFacts(text);
  const resolver = createEntityResolver(graph);
  const notes = minutes.notes.map((n) =>
    n.span ? `${n.message} ("${text.slice(n.span.start, n.span.end).slice(0, 80)}")` : n.message,
  );
  const session = draftSession(text, minutes, found, graph, resolver, facts, notes);
  const textSha = createHash('sha256').update(text, 'utf8').digest('hex');
  const alreadyInGraph = graph.documentsBySha256.get(textSha);
  const documentId = alreadyInGraph ?? freeDocumentId(session.documentId, graph, notes);
  if (alreadyInGraph)
    notes.push(
      `The graph already holds this text as ${alreadyInGraph}: loading the draft replaces what that document states.`,
    );
  const ctx: DraftContext = {
    text,
    minutes,
    found,
    graph,
    resolver,
    facts,
    documentId,
    sessionSlug: session.sessionSlug,
    notes,
    ...(session.municipality ? { municipality: session.municipality } : {}),
    ...(session.body ? { body: session.body } : {}),
    ...(session.sessionId ? { sessionId: session.sessionId } : {}),
  };
  draftAttendance(ctx);
  const resolutionIds = draftDecisions(ctx);
  draftInternational(ctx, resolutionIds);

  const nodes = facts.nodes;
  addCityCoordinates(nodes, facts.relations, notes);
  const stated = new Set([documentId, ...nodes.map((n) => n.id)]);
  const relations = facts.relations
    .map((r) => (r.from === session.documentId ? { ...r, from: documentId } : r))
    .filter((r) => {
      const ok = stated.has(r.from) && stated.has(r.to);
      if (!ok) notes.push(`${r.type} ${r.from} → ${r.to} left out: one end was not stated`);
      return ok;
    });
  const knownIds = new Set([...graph.entities.map((e) => e.id), ...graph.sessions.map((s) => s.id)]);
  const date = minutes.header.date ?? String(new Date().getUTCFullYear());
  return {
    facts: {
      document: {
        id: documentId,
        file: input.documentFile,
        kind: 'MINUTES',
        title: session.title,
        titleEn: `Minutes${minutes.header.number ? ` of session ${minutes.header.number}` : ''}${session.body ? ` of ${session.body.name}` : ''} (imported)`,
        language: 'sl',
        date,
        ...(session.municipality ? { publisher: session.municipality.name } : {}),
        originalFile: input.source.fileName,
        originalSha256: input.source.sha256,
        extractedWith: input.source.extractedWith,
      },
      nodes: nodes.map((n) => ({
        id: n.id,
        type: n.type,
        ...n.properties,
        evidence: n.evidence,
        ...(n.review ? { review: n.review } : {}),
      })),
      relations: relations.map((r) => ({
        type: r.type,
        from: r.from,
        to: r.to,
        ...(Object.keys(r.properties).length ? { properties: r.properties } : { properties: {} }),
        evidence: r.evidence,
        ...(r.review ? { review: r.review } : {}),
      })),
    },
    nodes,
    relations,
    linked: nodes.filter((n) => knownIds.has(n.id)).map((n) => n.id),
    notes,
    ...(alreadyInGraph ? { alreadyInGraph } : {}),
  };
}
