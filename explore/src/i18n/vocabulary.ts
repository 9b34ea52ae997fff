import { formatDate, type Lang, type Messages } from './lang';

/**
 * The graph's vocabulary in Slovenian and English, written once: node kinds,
 * relationship types, involvement and membership roles, twinning kinds and
 * statuses, vote outcomes. Where the interface deliberately words a code in
 * more than one way (a short edge label vs. a phrase in a table, a role as a
 * noun vs. a past verb), each wording is its own named table here.
 *
 * Read it through the lookup functions below; a code no table knows is shown
 * in a readable form of itself (see `readableCode`).
 */
type Terms = Record<string, string>;

const sl = {
  /** Node kinds, as a name of their own (legend, filters, table, search). */
  kinds: {
    Municipality: 'Občina',
    City: 'Mesto',
    Country: 'Država',
    Twinning: 'Pobratenje',
    Person: 'Oseba',
    Membership: 'Funkcija',
    Company: 'Podjetje',
    PublicAgency: 'Javna agencija',
    GovernmentBody: 'Državni organ',
    Consulate: 'Konzulat',
    Commission: 'Komisija',
    Council: 'Svet',
    Committee: 'Odbor',
    LocalCommunityCouncil: 'Svet krajevne skupnosti',
    MayorsCollegium: 'Kolegij župana',
    Board: 'Upravni odbor',
    Office: 'Urad',
    Session: 'Seja',
    AgendaItem: 'Točka dnevnega reda',
    Resolution: 'Sklep',
    VoteEvent: 'Glasovanje',
    Statement: 'Izjava',
    StatusChange: 'Sprememba statusa',
    Event: 'Dogodek',
    Document: 'Dokument',
    Passage: 'Odlomek',
    Finding: 'Ugotovitev',
  } as Terms,
  /** Kinds worded differently in running text (a dossier's or a twinning's kind badge); the others are `kinds`, lower-cased. */
  kindsInText: { StatusChange: 'korak statusa' } as Terms,
  /** A relationship type as a short label on a graph edge. */
  relations: {
    HOLDS: 'opravlja',
    MEMBERSHIP_IN: 'funkcija v',
    PART_OF: 'del',
    GOVERNS: 'upravlja',
    LOCATED_IN: 'leži v',
    OF_BODY: 'organa',
    CHAIRED_BY: 'vodil',
    FOLLOWS: 'sledi',
    ATTENDED: 'prisoten',
    ABSENT_FROM: 'odsoten',
    HAS_ITEM: 'točka',
    ON_ITEM: 'k točki',
    ADOPTED_AT: 'sprejet na',
    VOTE_ON: 'glasovanje o',
    STATED_BY: 'izjavil',
    REPLIES_TO: 'odgovor na',
    MENTIONS: 'omenja',
    CONCERNS: 'zadeva',
    PARTNER: 'partner',
    HAS_STEP: 'korak',
    DECIDED_BY: 'odločeno s',
    INVOLVED_IN: 'vpleten',
    PARTICIPATED_IN: 'sodeloval',
    ABOUT: 'tiče se',
    MINUTES_OF: 'zapisnik',
    PREPARED_BY: 'pripravil',
    SIGNED_BY: 'podpisal',
    EVIDENCED_BY: 'vir',
    IN_DOCUMENT: 'v dokumentu',
  } as Terms,
  /** Types worded as a fuller phrase in a table row ("vpleten v"); the others as on an edge (`relations`). */
  relationPhrases: {
    HOLDS: 'opravlja funkcijo',
    PART_OF: 'je del',
    OF_BODY: 'seja organa',
    ATTENDED: 'prisoten na',
    ABSENT_FROM: 'odsoten z',
    HAS_ITEM: 'ima točko',
    INVOLVED_IN: 'vpleten v',
    PARTICIPATED_IN: 'sodeloval pri',
    ABOUT: 'o',
    MINUTES_OF: 'zapisnik seje',
    MEMBERSHIP_IN: 'funkcija v',
  } as Terms,
  /** A type as the heading of an entity's relationships: [when it starts at the entity, when it ends there]. */
  relationHeadings: {
    HOLDS: ['funkcije', 'nosilec funkcije'],
    MEMBERSHIP_IN: ['v organizaciji', 'funkcije v organizaciji'],
    PART_OF: ['je del', 'sestavni deli'],
    GOVERNS: ['upravlja', 'upravlja ga'],
    LOCATED_IN: ['leži v', 'v tem kraju'],
    OF_BODY: ['organ', 'seje'],
    CHAIRED_BY: ['vodil(a)', 'vodil(a) seje'],
    FOLLOWS: ['sledi', 'sledi mu'],
    ATTENDED: ['udeležba', 'prisotni'],
    ABSENT_FROM: ['odsotnost', 'odsotni'],
    HAS_ITEM: ['točke dnevnega reda', 'seja'],
    ON_ITEM: ['k točki', 'sklepi in izjave'],
    ADOPTED_AT: ['sprejet na', 'sprejeti sklepi'],
    VOTE_ON: ['glasovanje o', 'glasovanja'],
    STATED_BY: ['govornik', 'izjave'],
    REPLIES_TO: ['odgovor na', 'odgovori'],
    MENTIONS: ['omenja', 'omenjeno v'],
    CONCERNS: ['zadeva', 'sklepi o tem'],
    PARTNER: ['partnerji', 'pobratenja'],
    HAS_STEP: ['koraki', 'pobratenje'],
    DECIDED_BY: ['odločeno s sklepom', 'odločeni koraki'],
    INVOLVED_IN: ['vpletenost', 'akterji'],
    PARTICIPATED_IN: ['sodelovanje pri', 'udeleženci'],
    ABOUT: ['o', 'dogodki o tem'],
    MINUTES_OF: ['zapisnik seje', 'zapisnik'],
    PREPARED_BY: ['pripravil(a)', 'pripravljeni dokumenti'],
    SIGNED_BY: ['podpisal(a)', 'podpisani dokumenti'],
  } as Record<string, readonly [string, string]>,
  /** An involvement in a twinning as what the actor did (an edge, a table row). */
  roleVerbs: { INITIATED: 'pobudnik', PROPOSED: 'predlagal', BROKERED: 'posredoval', SUPPORTED: 'podprl' } as Terms,
  /** An involvement as the actor's role, one actor. */
  roleNouns: {
    INITIATED: 'pobudnik',
    PROPOSED: 'predlagatelj',
    BROKERED: 'posrednik',
    SUPPORTED: 'podpornik',
  } as Terms,
  /** An involvement as the heading of its actors. */
  roleGroups: {
    INITIATED: 'pobudniki',
    PROPOSED: 'predlagatelji',
    BROKERED: 'posredniki',
    SUPPORTED: 'podporniki',
  } as Terms,
  membershipRoles: {
    CHAIR: 'predsednik',
    VICE_CHAIR: 'podpredsednik',
    MEMBER: 'član',
    SECRETARY: 'tajnik',
    HEAD: 'vodja',
    GENERAL_DIRECTOR: 'generalni direktor',
    HONORARY_CONSUL: 'častni konzul',
    MINISTER: 'minister',
    REPRESENTATIVE: 'predstavnik',
    MAYOR: 'župan',
    DEPUTY_MAYOR: 'podžupan',
    DIRECTOR: 'direktor',
  } as Terms,
  twinningKinds: { TWINNING: 'pobratenje', PARTNERSHIP: 'partnerstvo', FRIENDSHIP: 'prijateljstvo' } as Terms,
  statuses: {
    PROPOSED: 'predlagano',
    SUPPORTED: 'podprto',
    APPROVED: 'potrjeno',
    SIGNED: 'podpisano',
    SUSPENDED: 'zamrznjeno',
    ENDED: 'končano',
  } as Terms,
  /** A session's or an event's status. */
  eventStatuses: { HELD: 'izvedeno', PLANNED: 'načrtovano' } as Terms,
  /** A vote's outcome said of the resolution ("sklep sprejet"). */
  outcomes: { ADOPTED: 'sprejet', REJECTED: 'zavrnjen' } as Terms,
  /** A vote's outcome said of the vote itself ("glasovanje: sprejeto"). */
  voteOutcomes: { ADOPTED: 'sprejeto', REJECTED: 'zavrnjeno' } as Terms,
};

export type Vocabulary = typeof sl;

const en: Vocabulary = {
  kinds: {
    Municipality: 'Municipality',
    City: 'City',
    Country: 'Country',
    Twinning: 'Twinning',
    Person: 'Person',
    Membership: 'Membership',
    Company: 'Company',
    PublicAgency: 'Public agency',
    GovernmentBody: 'Government body',
    Consulate: 'Consulate',
    Commission: 'Commission',
    Council: 'Council',
    Committee: 'Committee',
    LocalCommunityCouncil: 'Local community council',
    MayorsCollegium: "Mayor's collegium",
    Board: 'Board',
    Office: 'Office',
    Session: 'Session',
    AgendaItem: 'Agenda item',
    Resolution: 'Resolution',
    VoteEvent: 'Vote',
    Statement: 'Statement',
    StatusChange: 'Status change',
    Event: 'Event',
    Document: 'Document',
    Passage: 'Passage',
    Finding: 'Finding',
  },
  kindsInText: { StatusChange: 'status step' },
  relations: {
    HOLDS: 'holds',
    MEMBERSHIP_IN: 'position in',
    PART_OF: 'part of',
    GOVERNS: 'governs',
    LOCATED_IN: 'located in',
    OF_BODY: 'of body',
    CHAIRED_BY: 'chaired by',
    FOLLOWS: 'follows',
    ATTENDED: 'attended',
    ABSENT_FROM: 'absent from',
    HAS_ITEM: 'item',
    ON_ITEM: 'on item',
    ADOPTED_AT: 'adopted at',
    VOTE_ON: 'vote on',
    STATED_BY: 'stated by',
    REPLIES_TO: 'replies to',
    MENTIONS: 'mentions',
    CONCERNS: 'concerns',
    PARTNER: 'partner',
    HAS_STEP: 'step',
    DECIDED_BY: 'decided by',
    INVOLVED_IN: 'involved',
    PARTICIPATED_IN: 'took part',
    ABOUT: 'about',
    MINUTES_OF: 'minutes of',
    PREPARED_BY: 'prepared by',
    SIGNED_BY: 'signed by',
    EVIDENCED_BY: 'evidence',
    IN_DOCUMENT: 'in document',
  },
  relationPhrases: {
    HOLDS: 'holds',
    PART_OF: 'part of',
    OF_BODY: 'session of',
    ATTENDED: 'attended',
    ABSENT_FROM: 'absent from',
    HAS_ITEM: 'has item',
    INVOLVED_IN: 'involved in',
    PARTICIPATED_IN: 'took part in',
    ABOUT: 'about',
    MINUTES_OF: 'minutes of',
    MEMBERSHIP_IN: 'membership in',
  },
  relationHeadings: {
    HOLDS: ['holds', 'held by'],
    MEMBERSHIP_IN: ['in organisation', 'roles in it'],
    PART_OF: ['part of', 'has parts'],
    GOVERNS: ['governs', 'governed by'],
    LOCATED_IN: ['located in', 'located here'],
    OF_BODY: ['of body', 'sessions'],
    CHAIRED_BY: ['chaired by', 'chaired'],
    FOLLOWS: ['follows', 'followed by'],
    ATTENDED: ['attended', 'attendees'],
    ABSENT_FROM: ['absent from', 'absent'],
    HAS_ITEM: ['agenda items', 'of session'],
    ON_ITEM: ['on item', 'resolutions and statements'],
    ADOPTED_AT: ['adopted at', 'resolutions adopted'],
    VOTE_ON: ['vote on', 'votes'],
    STATED_BY: ['stated by', 'statements'],
    REPLIES_TO: ['replies to', 'replies'],
    MENTIONS: ['mentions', 'mentioned in'],
    CONCERNS: ['concerns', 'concerned by'],
    PARTNER: ['partners', 'twinnings'],
    HAS_STEP: ['steps', 'of twinning'],
    DECIDED_BY: ['decided by', 'steps decided'],
    INVOLVED_IN: ['involved in', 'actors'],
    PARTICIPATED_IN: ['took part in', 'participants'],
    ABOUT: ['about', 'events about it'],
    MINUTES_OF: ['minutes of', 'minutes'],
    PREPARED_BY: ['prepared by', 'documents prepared'],
    SIGNED_BY: ['signed by', 'documents signed'],
  },
  roleVerbs: { INITIATED: 'initiated', PROPOSED: 'proposed', BROKERED: 'brokered', SUPPORTED: 'supported' },
  roleNouns: { INITIATED: 'initiator', PROPOSED: 'proposer', BROKERED: 'broker', SUPPORTED: 'supporter' },
  roleGroups: { INITIATED: 'initiated', PROPOSED: 'proposed', BROKERED: 'brokered', SUPPORTED: 'supported' },
  membershipRoles: {
    CHAIR: 'chair',
    VICE_CHAIR: 'vice-chair',
    MEMBER: 'member',
    SECRETARY: 'secretary',
    HEAD: 'head',
    GENERAL_DIRECTOR: 'general director',
    HONORARY_CONSUL: 'honorary consul',
    MINISTER: 'minister',
    REPRESENTATIVE: 'representative',
    MAYOR: 'mayor',
    DEPUTY_MAYOR: 'deputy mayor',
    DIRECTOR: 'director',
  },
  twinningKinds: { TWINNING: 'twinning', PARTNERSHIP: 'partnership', FRIENDSHIP: 'friendship' },
  statuses: {
    PROPOSED: 'proposed',
    SUPPORTED: 'supported',
    APPROVED: 'approved',
    SIGNED: 'signed',
    SUSPENDED: 'suspended',
    ENDED: 'ended',
  },
  eventStatuses: { HELD: 'held', PLANNED: 'planned' },
  outcomes: { ADOPTED: 'adopted', REJECTED: 'rejected' },
  voteOutcomes: { ADOPTED: 'adopted', REJECTED: 'rejected' },
};

export const VOCABULARY = { sl, en } satisfies Messages<Vocabulary>;

/**
 * A code no table knows, made readable: "SOME_NEW_TYPE" → "some new type",
 * "NewKind" → "new kind"; empty for a missing code.
 */
export function readableCode(code: string | null | undefined): string {
  if (!code) return '';
  return code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_+/g, ' ')
    .trim()
    .toLowerCase();
}

function lookup(table: Terms, code: string | null | undefined): string {
  if (!code) return '';
  return table[code] ?? readableCode(code);
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A node kind's name ("Občina", "Public agency"); an unknown kind capitalised ("New kind"). */
export function kindName(kind: string, lang: Lang): string {
  return VOCABULARY[lang].kinds[kind] ?? capitalise(readableCode(kind));
}

/** A node kind in running text or a badge ("občina", "korak statusa"). */
export function kindInText(kind: string | null | undefined, lang: Lang): string {
  if (!kind) return '';
  const v = VOCABULARY[lang];
  const own = v.kindsInText[kind];
  if (own) return own;
  const name = v.kinds[kind];
  return name ? name.charAt(0).toLowerCase() + name.slice(1) : readableCode(kind);
}

export type RelationWording = 'edge' | 'phrase';

/**
 * A relationship type's name. Without a direction: a short edge label
 * ("vpleten"), or with `wording` 'phrase' a table's fuller phrase ("vpleten v").
 * With a direction, the heading of an entity's relationships of that type read
 * from the entity's side ('OUT': it starts there, 'IN': it ends there); an
 * unknown type then carries an arrow ("some type →", "← some type").
 */
export function relationName(type: string, lang: Lang, direction?: 'IN' | 'OUT' | string): string {
  const v = VOCABULARY[lang];
  if (direction === undefined) return v.relations[type] ?? readableCode(type);
  const pair = v.relationHeadings[type];
  if (pair) return direction === 'IN' ? pair[1] : pair[0];
  return direction === 'IN' ? `← ${readableCode(type)}` : `${readableCode(type)} →`;
}

/** A relationship type as a table's phrase ("vpleten v", "opravlja funkcijo"). */
export function relationPhrase(type: string, lang: Lang): string {
  return VOCABULARY[lang].relationPhrases[type] ?? relationName(type, lang);
}

export type RoleWording = 'verb' | 'noun' | 'group';

/**
 * An involvement role (INITIATED, PROPOSED, BROKERED, SUPPORTED) or a
 * membership role (CHAIR, MAYOR …). An involvement reads as what the actor did
 * ('verb', the default: "predlagal"), as the actor's role ('noun':
 * "predlagatelj") or as the heading of its actors ('group': "predlagatelji").
 */
export function roleName(role: string, lang: Lang, wording: RoleWording = 'verb'): string {
  const v = VOCABULARY[lang];
  const code = role.toUpperCase();
  const involvement = wording === 'noun' ? v.roleNouns : wording === 'group' ? v.roleGroups : v.roleVerbs;
  return involvement[code] ?? v.membershipRoles[code] ?? readableCode(role);
}

/** A twinning's status ("podpisano"); empty when there is none. */
export function statusName(status: string | null | undefined, lang: Lang): string {
  return lookup(VOCABULARY[lang].statuses, status);
}

/** A twinning's kind ("pobratenje", "partnerstvo"). */
export function twinningKindName(kind: string | null | undefined, lang: Lang): string {
  return lookup(VOCABULARY[lang].twinningKinds, kind);
}

/** A vote's outcome said of the resolution ("sprejet"), or with `ofVote` of the vote ("sprejeto"). */
export function outcomeName(outcome: string | null | undefined, lang: Lang, ofVote = false): string {
  const v = VOCABULARY[lang];
  return lookup(ofVote ? v.voteOutcomes : v.outcomes, outcome);
}

/**
 * Any coded property value in a table cell: a membership role, a twinning's
 * kind or status, a vote's outcome, a session's status, an involvement.
 */
export function valueName(value: string, lang: Lang): string {
  const v = VOCABULARY[lang];
  return (
    v.statuses[value] ??
    v.twinningKinds[value] ??
    v.membershipRoles[value] ??
    v.voteOutcomes[value] ??
    v.eventStatuses[value] ??
    v.roleVerbs[value] ??
    value
  );
}

/**
 * A status step's label as the API writes it ("SUPPORTED 2021-12-14",
 * "PROPOSED 2021-07") in the interface's language ("podprto 14. december 2021").
 * Any other label is returned as it is.
 */
export function statusChangeLabel(label: string, lang: Lang): string {
  const m = /^([A-Z][A-Z_]*)(?:\s+(\d{4}(?:-\d{2}){0,2}))?$/.exec(label.trim());
  if (!m) return label;
  const status = statusName(m[1], lang);
  return m[2] ? `${status} ${formatDate(m[2], lang)}` : status;
}

/** A node's label from the API in the interface's language: a status step's through `statusChangeLabel`, any other as it is. */
export function nodeLabel(kind: string, label: string, lang: Lang): string {
  return kind === 'StatusChange' ? statusChangeLabel(label, lang) : label;
}
