import type { Lang } from '../i18n/lang';

/** How each kind of node looks: colour and base size. Unknown kinds get a neutral grey. */
export interface KindStyle {
  readonly color: string;
  readonly size: number;
}

export const KIND_STYLES: Readonly<Record<string, KindStyle>> = {
  Municipality: { color: '#c0392b', size: 14 },
  City: { color: '#e67e22', size: 11 },
  Country: { color: '#8e6c3a', size: 10 },
  Twinning: { color: '#d81b60', size: 13 },
  Person: { color: '#2e86de', size: 8 },
  Membership: { color: '#9fb3c8', size: 5 },
  Company: { color: '#16a085', size: 9 },
  PublicAgency: { color: '#27ae60', size: 9 },
  GovernmentBody: { color: '#2c7a4b', size: 9 },
  Consulate: { color: '#6ab04c', size: 8 },
  Commission: { color: '#8e44ad', size: 9 },
  Council: { color: '#7d3c98', size: 9 },
  Committee: { color: '#a569bd', size: 8 },
  LocalCommunityCouncil: { color: '#bb8fce', size: 8 },
  MayorsCollegium: { color: '#76448a', size: 8 },
  Board: { color: '#9b59b6', size: 8 },
  Office: { color: '#5b2c6f', size: 8 },
  Session: { color: '#34495e', size: 8 },
  AgendaItem: { color: '#7f8c8d', size: 5 },
  Resolution: { color: '#b7950b', size: 7 },
  VoteEvent: { color: '#d4ac0d', size: 5 },
  Statement: { color: '#95a5a6', size: 5 },
  StatusChange: { color: '#f06292', size: 6 },
  Event: { color: '#0097a7', size: 8 },
  Document: { color: '#546e7a', size: 7 },
  Passage: { color: '#b0bec5', size: 4 },
  Finding: { color: '#ff7043', size: 5 },
};

export const DEFAULT_KIND_STYLE: KindStyle = { color: '#888888', size: 6 };

export function kindStyle(kind: string): KindStyle {
  return KIND_STYLES[kind] ?? DEFAULT_KIND_STYLE;
}

/** The order kinds are listed in the legend: the partner network's main actors first. */
export const KIND_ORDER: readonly string[] = Object.keys(KIND_STYLES);

export function compareKinds(a: string, b: string): number {
  const ia = KIND_ORDER.indexOf(a);
  const ib = KIND_ORDER.indexOf(b);
  return (ia < 0 ? 999 : ia) - (ib < 0 ? 999 : ib) || a.localeCompare(b);
}

const KIND_NAMES: Record<Lang, Record<string, string>> = {
  sl: {
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
  },
  en: {
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
};

export function kindName(kind: string, lang: Lang): string {
  return KIND_NAMES[lang][kind] ?? kind;
}

const RELATION_NAMES: Record<Lang, Record<string, string>> = {
  sl: {
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
  },
  en: {
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
};

export function relationName(type: string, lang: Lang): string {
  return RELATION_NAMES[lang][type] ?? type.toLowerCase().replace(/_/g, ' ');
}

const ROLE_NAMES: Record<Lang, Record<string, string>> = {
  sl: { INITIATED: 'pobudnik', PROPOSED: 'predlagal', BROKERED: 'posredoval', SUPPORTED: 'podprl' },
  en: { INITIATED: 'initiated', PROPOSED: 'proposed', BROKERED: 'brokered', SUPPORTED: 'supported' },
};

export function roleName(role: string, lang: Lang): string {
  return ROLE_NAMES[lang][role.toUpperCase()] ?? role.toLowerCase().replace(/_/g, ' ');
}
