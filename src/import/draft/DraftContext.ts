import type { ParsedMinutes } from '../parsedMinutes.js';
import type { RelationsFound } from '../recognise/relationsFound.js';
import type { EntityResolver, ResolvedEntity } from '../resolve/createEntityResolver.js';
import type { KnownGraph } from '../resolve/knownGraph.js';
import type { DraftFacts } from './DraftFacts.js';

/** What every drafting step shares: the text, what the stages found, and the facts stated so far. */
export interface DraftContext {
  readonly text: string;
  readonly minutes: ParsedMinutes;
  readonly found: RelationsFound;
  readonly graph: KnownGraph;
  readonly resolver: EntityResolver;
  readonly facts: DraftFacts;
  readonly documentId: string;
  readonly municipality?: ResolvedEntity;
  readonly body?: ResolvedEntity;
  readonly sessionId?: string;
  /** The session id without its prefix, the stem of item, resolution and vote ids. */
  readonly sessionSlug: string;
  /** Notes for the report: what the draft could not state, and why. */
  readonly notes: string[];
}
