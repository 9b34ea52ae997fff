import { z } from 'zod';

/**
 * The closed vocabulary of the facts format: which kinds of node and
 * relationship a facts file may state, with the properties of each. It is the
 * one list the validator checks against and the loader writes from (labels and
 * relationship types are never taken from input), and it mirrors `schema/`.
 */

const name = z.string().trim().min(1);
const partialDate = z.string().min(4);

/** Properties shared by everything that has a name and can act. */
const named = {
  name,
  nameEn: name.optional(),
  aliases: z.array(name).default([]),
  description: z.string().optional(),
};

const organization = { ...named, abbreviation: name.optional() };

export const MEMBERSHIP_ROLES = [
  'CHAIR',
  'VICE_CHAIR',
  'MEMBER',
  'SECRETARY',
  'HEAD',
  'GENERAL_DIRECTOR',
  'HONORARY_CONSUL',
  'MINISTER',
  'REPRESENTATIVE',
  'MAYOR',
  'DEPUTY_MAYOR',
  'DIRECTOR',
] as const;
export const SESSION_MODES = ['ONLINE', 'IN_PERSON', 'HYBRID'] as const;
export const SESSION_KINDS = ['REGULAR', 'EXTRAORDINARY', 'CORRESPONDENCE', 'CEREMONIAL', 'CONSTITUTIVE'] as const;
export const ATTENDEE_GROUPS = ['MEMBER', 'STAFF', 'GUEST', 'PRESS', 'OTHER'] as const;
export const RESOLUTION_KINDS = ['AGENDA_ADOPTION', 'MINUTES_APPROVAL', 'POSITION', 'DECISION'] as const;
export const VOTE_OUTCOMES = ['ADOPTED', 'REJECTED'] as const;
export const STATEMENT_KINDS = ['QUESTION', 'ANSWER', 'PROPOSAL', 'REPORT', 'STATEMENT'] as const;
export const TWINNING_KINDS = ['TWINNING', 'PARTNERSHIP', 'FRIENDSHIP'] as const;
export const TWINNING_STATUSES = ['PROPOSED', 'SUPPORTED', 'APPROVED', 'SIGNED', 'SUSPENDED', 'ENDED'] as const;
export const INVOLVEMENT_ROLES = ['INITIATED', 'PROPOSED', 'BROKERED', 'SUPPORTED'] as const;
export const EVENT_KINDS = ['VISIT', 'SIGNING', 'MEETING', 'ROUND_TABLE', 'SPORTS_EVENT', 'SCREENING'] as const;
export const EVENT_STATUSES = ['HELD', 'PLANNED', 'PROPOSED'] as const;

/** Node kinds: label → the properties a facts file gives it (besides id, type, evidence). */
export const NODE_PROPERTIES = {
  Person: z.object(named).strict(),
  Municipality: z.object(organization).strict(),
  Commission: z.object(organization).strict(),
  Council: z.object(organization).strict(),
  Committee: z.object(organization).strict(),
  LocalCommunityCouncil: z.object(organization).strict(),
  MayorsCollegium: z.object(organization).strict(),
  Board: z.object(organization).strict(),
  Office: z.object(organization).strict(),
  Company: z.object(organization).strict(),
  PublicAgency: z.object(organization).strict(),
  GovernmentBody: z.object(organization).strict(),
  Consulate: z.object(organization).strict(),
  City: z
    .object({
      ...named,
      // Reference data from a gazetteer, not facts of the document: coordinatesSource is their provenance.
      lat: z.number().min(-90).max(90).optional(),
      lng: z.number().min(-180).max(180).optional(),
      coordinatesSource: name.optional(),
    })
    .strict()
    .refine(
      (c) =>
        [c.lat, c.lng, c.coordinatesSource].every((v) => v === undefined) ||
        (c.lat !== undefined && c.lng !== undefined && c.coordinatesSource !== undefined),
      {
        message: 'lat, lng and coordinatesSource go together: coordinates need both numbers and their source',
      },
    ),
  Country: z
    .object({
      ...named,
      isoCode: z
        .string()
        .regex(/^[A-Z]{2}$/)
        .optional(),
    })
    .strict(),
  Membership: z
    .object({
      role: z.enum(MEMBERSHIP_ROLES),
      titleOriginal: name,
      titleEn: name.optional(),
      start: partialDate.optional(),
      end: partialDate.optional(),
    })
    .strict(),
  Session: z
    .object({
      number: z.number().int().positive().optional(),
      title: name.optional(),
      date: partialDate,
      startTime: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .optional(),
      endTime: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .optional(),
      mode: z.enum(SESSION_MODES).optional(),
      platform: name.optional(),
      kind: z.enum(SESSION_KINDS).optional(),
      place: name.optional(),
      attendanceCount: z.number().int().nonnegative().optional(),
    })
    .strict(),
  // Agendas are numbered from 1, and now and then from 0 ("0. Potrditev dnevnega reda").
  AgendaItem: z.object({ number: z.number().int().nonnegative(), title: name, titleEn: name.optional() }).strict(),
  Resolution: z
    .object({ kind: z.enum(RESOLUTION_KINDS), text: name, textEn: name.optional(), label: name.optional() })
    .strict(),
  VoteEvent: z
    .object({
      present: z.number().int().nonnegative(),
      for: z.number().int().nonnegative(),
      against: z.number().int().nonnegative(),
      abstained: z.number().int().nonnegative(),
      unanimous: z.boolean(),
      outcome: z.enum(VOTE_OUTCOMES),
    })
    .strict(),
  Statement: z.object({ kind: z.enum(STATEMENT_KINDS), summaryEn: name.optional(), summary: name.optional() }).strict(),
  Twinning: z.object({ kind: z.enum(TWINNING_KINDS), name, nameEn: name.optional() }).strict(),
  StatusChange: z
    .object({ status: z.enum(TWINNING_STATUSES), date: partialDate, noteEn: z.string().optional() })
    .strict(),
  Event: z
    .object({
      kind: z.enum(EVENT_KINDS),
      name,
      nameEn: name.optional(),
      date: partialDate.optional(),
      dateText: z.string().optional(),
      status: z.enum(EVENT_STATUSES),
    })
    .strict(),
} as const;

export type NodeType = keyof typeof NODE_PROPERTIES;
export const NODE_TYPES = Object.keys(NODE_PROPERTIES) as NodeType[];

/** Municipal bodies whose sessions have minutes; each is PART_OF its municipality. */
export const BODY_TYPES = [
  'Council',
  'Commission',
  'Committee',
  'LocalCommunityCouncil',
  'MayorsCollegium',
  'Board',
] as const satisfies readonly NodeType[];

export const ORGANIZATION_TYPES = [
  'Municipality',
  ...BODY_TYPES,
  'Office',
  'Company',
  'PublicAgency',
  'GovernmentBody',
  'Consulate',
] as const satisfies readonly NodeType[];

/** Anything that can act: initiate, propose, take part. */
export const ACTOR_TYPES = ['Person', ...ORGANIZATION_TYPES, 'City', 'Country'] as const satisfies readonly NodeType[];

/** The document a facts file describes is a node too, so relations can start there. */
export type EndpointType = NodeType | 'Document';

const MENTIONABLE = [...ACTOR_TYPES, 'Twinning', 'Event', 'Session'] as const;

const involvementProperties = z.object({ role: z.enum(INVOLVEMENT_ROLES), noteEn: z.string().optional() }).strict();
const clock = z.string().regex(/^\d{2}:\d{2}$/);
const capacityProperties = z
  .object({
    capacity: name.optional(),
    capacityOriginal: name.optional(),
    group: z.enum(ATTENDEE_GROUPS).optional(),
    arrivedAt: clock.optional(),
    leftAt: clock.optional(),
    note: name.optional(),
  })
  .strict();
const absenceProperties = z.object({ excused: z.boolean(), capacityOriginal: name.optional() }).strict();
const participationProperties = z.object({ role: name }).strict();
const noProperties = z.object({}).strict();

interface RelationRule {
  readonly from: readonly EndpointType[];
  readonly to: readonly EndpointType[];
  readonly properties: z.ZodType<Record<string, unknown>>;
  /** Property whose value tells apart two relations of this type between the same nodes. */
  readonly distinctBy?: string;
}

function rule(
  from: readonly EndpointType[],
  to: readonly EndpointType[],
  properties: z.ZodType<Record<string, unknown>> = noProperties,
  distinctBy?: string,
): RelationRule {
  return distinctBy === undefined ? { from, to, properties } : { from, to, properties, distinctBy };
}

/** Relationship types: which node kinds each may join, and its own properties. */
export const RELATION_RULES = {
  HOLDS: rule(['Person'], ['Membership']),
  MEMBERSHIP_IN: rule(['Membership'], ORGANIZATION_TYPES),
  PART_OF: rule(ORGANIZATION_TYPES, [...ORGANIZATION_TYPES, 'Country']),
  GOVERNS: rule(['Municipality'], ['City']),
  LOCATED_IN: rule([...ORGANIZATION_TYPES, 'City', 'Event'], ['City', 'Country']),
  OF_BODY: rule(['Session'], BODY_TYPES),
  CHAIRED_BY: rule(['Session'], ['Person']),
  FOLLOWS: rule(['Session'], ['Session']),
  ATTENDED: rule(['Person'], ['Session'], capacityProperties),
  ABSENT_FROM: rule(['Person'], ['Session'], absenceProperties),
  HAS_ITEM: rule(['Session'], ['AgendaItem']),
  ON_ITEM: rule(['Resolution', 'Statement'], ['AgendaItem']),
  ADOPTED_AT: rule(['Resolution'], ['Session']),
  VOTE_ON: rule(['VoteEvent'], ['Resolution']),
  STATED_BY: rule(['Statement'], ['Person']),
  REPLIES_TO: rule(['Statement'], ['Statement']),
  MENTIONS: rule(['Statement', 'Resolution'], MENTIONABLE),
  CONCERNS: rule(['Resolution'], ['Twinning', 'Session', 'Document']),
  PARTNER: rule(['Twinning'], ['City']),
  HAS_STEP: rule(['Twinning'], ['StatusChange']),
  DECIDED_BY: rule(['StatusChange'], ['Resolution']),
  INVOLVED_IN: rule(ACTOR_TYPES, ['Twinning'], involvementProperties, 'role'),
  PARTICIPATED_IN: rule(ACTOR_TYPES, ['Event'], participationProperties, 'role'),
  ABOUT: rule(['Event'], ['Twinning', 'City', 'Session']),
  MINUTES_OF: rule(['Document'], ['Session']),
  PREPARED_BY: rule(['Document'], ['Person']),
  SIGNED_BY: rule(['Document'], ['Person']),
} as const satisfies Record<string, RelationRule>;

export type RelationType = keyof typeof RELATION_RULES;
export const RELATION_TYPES = Object.keys(RELATION_RULES) as RelationType[];
