import type { Span } from './span.js';

/**
 * What the structure stage reads from a minutes document: the session
 * header, attendance, agenda, resolutions with their votes, and the closing.
 * Every value carries the span of the text it was read from, so the draft can
 * quote it. Pure data: the parsers that produce it live in `segment/`.
 */

/** Kinds of municipal body whose sessions have minutes. */
export const BODY_KINDS = [
  'COUNCIL', // občinski svet, mestni svet
  'COMMISSION', // komisija
  'COMMITTEE', // odbor
  'LOCAL_COMMUNITY_COUNCIL', // svet krajevne skupnosti, svet četrtne skupnosti
  'MAYORS_COLLEGIUM', // kolegij župana
  'BOARD', // svet zavoda, upravni odbor of a public institution
] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export interface BodyMention {
  readonly kind: BodyKind;
  /** The body's name in the nominative as best the parser can tell ("Komisija za medobčinsko in mednarodno sodelovanje"). */
  readonly name: string;
  /** Where the body is named (in any grammatical case). */
  readonly span: Span;
}

export interface MunicipalityMention {
  /** Nominative name: "Mestna občina Kranj", "Občina Bohinj". */
  readonly name: string;
  readonly span: Span;
}

export const SESSION_KINDS = ['REGULAR', 'EXTRAORDINARY', 'CORRESPONDENCE', 'CEREMONIAL', 'CONSTITUTIVE'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface SessionHeader {
  /** The passage that states the session (number, body, date, time, place). */
  readonly span?: Span;
  readonly body?: BodyMention;
  readonly municipality?: MunicipalityMention;
  readonly number?: number;
  readonly kind?: SessionKind;
  /** ISO date, YYYY-MM-DD. */
  readonly date?: string;
  readonly dateSpan?: Span;
  /** HH:MM. */
  readonly startTime?: string;
  readonly startTimeSpan?: Span;
  readonly place?: string;
  readonly placeSpan?: Span;
  /** "Zoom", "MS Teams", … when the session was online. */
  readonly platform?: string;
  readonly mode?: 'ONLINE' | 'IN_PERSON' | 'HYBRID';
}

export type AttendanceStatus = 'PRESENT' | 'ABSENT' | 'EXCUSED';
export type AttendeeGroup = 'MEMBER' | 'STAFF' | 'GUEST' | 'PRESS' | 'OTHER';

export interface AttendanceEntry {
  /** The person's name as written, academic titles removed: "Boštjan Trilar". */
  readonly name: string;
  readonly nameSpan: Span;
  /** The whole entry with its role: "Boštjan Trilar – predsednik komisije". */
  readonly span: Span;
  /** "mag.", "dr.", "prof. dr." as written around the name. */
  readonly titles: readonly string[];
  readonly status: AttendanceStatus;
  readonly group: AttendeeGroup;
  /** The role as written: "predsednik komisije", "vodja Kabineta župana". */
  readonly roleOriginal?: string;
  /** The organisation or office a guest or staff member came from, as written. */
  readonly organisation?: string;
  /** HH:MM of a late arrival ("prispela ob 18.10", "od 19.45"). */
  readonly arrivedAt?: string;
  /** HH:MM of an early departure ("odšel ob 19.30", "do 19.30"). */
  readonly leftAt?: string;
  /** Anything else said about presence: a temporary absence with its duration. */
  readonly note?: string;
}

export interface PersonReference {
  /** Name as written, inflection kept ("predsednik Boštjan Trilar" → "Boštjan Trilar"). */
  readonly name: string;
  readonly nameSpan: Span;
  /** The passage that says it ("Sejo komisije je vodil predsednik Boštjan Trilar"). */
  readonly span: Span;
  readonly roleOriginal?: string;
}

export interface Vote {
  /** The passage with the counts: "(4 PRISOTNI: 4 ZA)", "ZA: 12, PROTI: 3". */
  readonly span: Span;
  readonly present?: number;
  readonly voted?: number;
  readonly for?: number;
  readonly against?: number;
  readonly abstained?: number;
  /** "soglasno": everyone who voted voted for. */
  readonly unanimous: boolean;
  /** When the text says so ("sprejet", "ni bil sprejet"); otherwise derived from the counts by the draft. */
  readonly outcome?: 'ADOPTED' | 'REJECTED';
}

export interface AgendaEntry {
  readonly number: number;
  /** Title as written, trailing period removed. */
  readonly title: string;
  /** The agenda line including its number ("1. Potrditev zapisnika 1. seje."). */
  readonly span: Span;
}

export interface ItemSection {
  readonly number: number;
  /** The heading that opens the item's discussion ("Ad 1)", "K 2. točki", a repeated agenda line). */
  readonly headingSpan: Span;
  /** From after the heading to the next heading or the closing. */
  readonly bodySpan: Span;
}

export type ResolutionKind = 'AGENDA_ADOPTION' | 'MINUTES_APPROVAL' | 'POSITION' | 'DECISION';

export interface ResolutionEntry {
  /** "12", "03/19" when the text numbers it. */
  readonly label?: string;
  /** The resolution's wording, without the "SKLEP:" label. */
  readonly text: string;
  readonly span: Span;
  /** Where "SKLEP" (in any spelling) stands. */
  readonly labelSpan: Span;
  /** The agenda item whose section holds it. */
  readonly itemNumber?: number;
  readonly kind: ResolutionKind;
  readonly vote?: Vote;
}

/** Something the parser saw but could not read with confidence; it goes to the reviewer. */
export interface ParseNote {
  readonly span?: Span;
  readonly message: string;
}

export interface ParsedMinutes {
  readonly header: SessionHeader;
  readonly attendance: readonly AttendanceEntry[];
  /** Attendance stated only as a count ("Seji je prisostvovalo 17 članov"). */
  readonly attendanceCount?: { readonly count: number; readonly span: Span };
  readonly chair?: PersonReference;
  readonly convenedBy?: PersonReference;
  readonly agenda: readonly AgendaEntry[];
  /** The agenda's adoption ("Dnevni red je bil soglasno sprejet (4 PRISOTNI: 4 ZA)."). */
  readonly agendaAdoption?: { readonly span: Span; readonly vote?: Vote };
  readonly items: readonly ItemSection[];
  readonly resolutions: readonly ResolutionEntry[];
  readonly endTime?: { readonly time: string; readonly span: Span };
  readonly preparedBy?: PersonReference;
  readonly signedBy: readonly PersonReference[];
  readonly notes: readonly ParseNote[];
}
