import type { Messages } from '../i18n/lang';

/**
 * The graph's vocabulary in both languages: node kinds, twinning kinds and
 * statuses, roles, vote outcomes and relationship types (by direction).
 * Unknown values are shown as they are (see `term`).
 */
const sl = {
  kinds: {
    Person: 'oseba',
    Municipality: 'občina',
    Commission: 'komisija',
    Council: 'svet',
    Committee: 'odbor',
    LocalCommunityCouncil: 'svet krajevne skupnosti',
    MayorsCollegium: 'kolegij župana',
    Board: 'upravni odbor',
    Office: 'urad',
    Company: 'podjetje',
    PublicAgency: 'javna agencija',
    GovernmentBody: 'državni organ',
    Consulate: 'konzulat',
    City: 'mesto',
    Country: 'država',
    Membership: 'funkcija',
    Session: 'seja',
    AgendaItem: 'točka dnevnega reda',
    Resolution: 'sklep',
    VoteEvent: 'glasovanje',
    Statement: 'izjava',
    Twinning: 'pobratenje',
    StatusChange: 'korak statusa',
    Event: 'dogodek',
    Document: 'dokument',
    Passage: 'odlomek',
    Finding: 'ugotovitev',
  } as Record<string, string>,
  twinningKinds: { TWINNING: 'pobratenje', PARTNERSHIP: 'partnerstvo', FRIENDSHIP: 'prijateljstvo' } as Record<
    string,
    string
  >,
  statuses: {
    PROPOSED: 'predlagano',
    SUPPORTED: 'podprto',
    APPROVED: 'potrjeno',
    SIGNED: 'podpisano',
    SUSPENDED: 'zamrznjeno',
    ENDED: 'končano',
  } as Record<string, string>,
  involvementRoles: {
    INITIATED: 'pobudniki',
    PROPOSED: 'predlagatelji',
    BROKERED: 'posredniki',
    SUPPORTED: 'podporniki',
  } as Record<string, string>,
  /** A role in a twinning, of one actor. */
  involvementRole: {
    INITIATED: 'pobudnik',
    PROPOSED: 'predlagatelj',
    BROKERED: 'posrednik',
    SUPPORTED: 'podpornik',
  } as Record<string, string>,
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
  } as Record<string, string>,
  outcomes: { ADOPTED: 'sprejet', REJECTED: 'zavrnjen' } as Record<string, string>,
  /** [label when the relationship starts at the entity, label when it ends there] */
  relations: {
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
  } as Record<string, [string, string]>,
};

export const VOCABULARY = {
  sl,
  en: {
    kinds: {
      Person: 'person',
      Municipality: 'municipality',
      Commission: 'commission',
      Council: 'council',
      Committee: 'committee',
      LocalCommunityCouncil: 'local community council',
      MayorsCollegium: "mayor's collegium",
      Board: 'board',
      Office: 'office',
      Company: 'company',
      PublicAgency: 'public agency',
      GovernmentBody: 'government body',
      Consulate: 'consulate',
      City: 'city',
      Country: 'country',
      Membership: 'membership',
      Session: 'session',
      AgendaItem: 'agenda item',
      Resolution: 'resolution',
      VoteEvent: 'vote',
      Statement: 'statement',
      Twinning: 'twinning',
      StatusChange: 'status step',
      Event: 'event',
      Document: 'document',
      Passage: 'passage',
      Finding: 'finding',
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
    involvementRoles: { INITIATED: 'initiated', PROPOSED: 'proposed', BROKERED: 'brokered', SUPPORTED: 'supported' },
    involvementRole: { INITIATED: 'initiator', PROPOSED: 'proposer', BROKERED: 'broker', SUPPORTED: 'supporter' },
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
    outcomes: { ADOPTED: 'adopted', REJECTED: 'rejected' },
    relations: {
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
  } satisfies typeof sl,
} satisfies Messages<typeof sl>;

export type Vocabulary = typeof sl;

/** A value's name in the dictionary, or the value itself when the dictionary does not know it. */
export function term(dictionary: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '';
  return dictionary[value] ?? value;
}

/** The heading of a group of relationships: its type read from the entity's side. */
export function relationLabel(vocabulary: Vocabulary, type: string, direction: string): string {
  const pair = vocabulary.relations[type];
  if (pair) return direction === 'IN' ? pair[1] : pair[0];
  return direction === 'IN' ? `← ${type}` : `${type} →`;
}
