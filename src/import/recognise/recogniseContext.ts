import type { ParsedMinutes } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import type { Mention } from './relationsFound.js';

/** What every recogniser reads: the text, its minutes structure, its sentences and mentions, and the session's date. */
export interface RecogniseContext {
  readonly text: string;
  readonly minutes: ParsedMinutes;
  readonly sentences: readonly Span[];
  readonly mentions: readonly Mention[];
  /** YYYY-MM-DD of the session, when the header gives it. */
  readonly sessionDate?: string;
  /** The year that a month or day without a year belongs to. */
  readonly referenceYear?: number;
}

/** Kinds of mention that can act (propose, support, take part); places cannot. */
export const ACTOR_KINDS = new Set([
  'Person',
  'Company',
  'PublicAgency',
  'GovernmentBody',
  'Consulate',
  'Organization',
  'Municipality',
]);
