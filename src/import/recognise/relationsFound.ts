import type { Span } from '../span.js';

/**
 * What the recognition stage finds in the discussion of a minutes document:
 * named things (mentions), twinnings and partnerships with their status steps
 * and the actors behind them, events such as visits and delegations, and who
 * said what. Every finding carries its span; a finding the rules are not sure
 * of says why, and the draft sends it to the reviewer.
 */

export type MentionKind =
  | 'Person'
  | 'City'
  | 'Country'
  | 'Municipality'
  | 'Company'
  | 'PublicAgency'
  | 'GovernmentBody'
  | 'Consulate'
  | 'Organization';

export interface Mention {
  /** The words as they stand in the text, inflected: "z Jekaterinburgom" → "Jekaterinburgom". */
  readonly surface: string;
  readonly span: Span;
  readonly kind: MentionKind;
  /** The nominative when the rules can tell ("Jekaterinburg"), for a new entity's name. */
  readonly base?: string;
  /** A gazetteer id when the mention is a known place ("city:yekaterinburg", "country:russia"). */
  readonly gazetteerId?: string;
  /** The abbreviation the text gives in brackets beside the full name ("SPIRIT Slovenija"). */
  readonly abbreviation?: string;
}

export type TwinningKind = 'TWINNING' | 'PARTNERSHIP' | 'FRIENDSHIP';
export type TwinningStatus = 'PROPOSED' | 'SUPPORTED' | 'APPROVED' | 'SIGNED' | 'SUSPENDED' | 'ENDED';
export type InvolvementRole = 'INITIATED' | 'PROPOSED' | 'BROKERED' | 'SUPPORTED';

export interface StatusStep {
  readonly status: TwinningStatus;
  /** A partial date: YYYY, YYYY-MM or YYYY-MM-DD (or an interval a/b), when the text gives or implies one. */
  readonly date?: string;
  /** The words that gave the date ("julija", "dan pred sejo komisije"). */
  readonly dateText?: string;
  readonly span: Span;
  /** Index into ParsedMinutes.resolutions when a resolution took this step. */
  readonly resolutionIndex?: number;
  readonly certain: boolean;
  readonly reason?: string;
}

export interface ActorInvolvement {
  readonly actor: Mention;
  readonly role: InvolvementRole;
  /** The sentence or clause that says it ("v navezi s podjetjem Iskratel"). */
  readonly span: Span;
  readonly certain: boolean;
  /** Why a reviewer should look: "actor only mentioned near the twinning", … */
  readonly reason?: string;
}

export interface TwinningFound {
  readonly partner: Mention;
  readonly country?: Mention;
  /** The home side when the text names it (the municipality of the minutes otherwise). */
  readonly home?: Mention;
  readonly kind: TwinningKind;
  /** The first passage that names this twinning. */
  readonly span: Span;
  readonly steps: readonly StatusStep[];
  readonly actors: readonly ActorInvolvement[];
}

export type EventKind = 'VISIT' | 'SIGNING' | 'MEETING' | 'ROUND_TABLE' | 'SPORTS_EVENT' | 'SCREENING';

export interface EventFound {
  readonly kind: EventKind;
  readonly status: 'HELD' | 'PLANNED' | 'PROPOSED';
  readonly span: Span;
  readonly date?: string;
  readonly dateText?: string;
  readonly place?: Mention;
  readonly participants: readonly Mention[];
  /** The partner city of a twinning this event is about, by its index in `twinnings`. */
  readonly twinningIndex?: number;
}

export type StatementKind = 'QUESTION' | 'ANSWER' | 'PROPOSAL' | 'REPORT' | 'STATEMENT';

export interface StatementFound {
  readonly speaker: Mention;
  readonly kind: StatementKind;
  /** From the speaker's name to the end of what the sentence reports. */
  readonly span: Span;
  readonly itemNumber?: number;
  readonly mentions: readonly Mention[];
}

export interface RelationsFound {
  /** Every named thing found in the text, in text order (people, places, organisations). */
  readonly mentions: readonly Mention[];
  readonly twinnings: readonly TwinningFound[];
  readonly events: readonly EventFound[];
  readonly statements: readonly StatementFound[];
}
