import { request } from '../api/graphql';
import type { NameSource } from './names';

/** The organisation kinds that carry an abbreviation (schema/actors.graphql). */
const WITH_ABBREVIATION = [
  'Municipality',
  'Commission',
  'Council',
  'Committee',
  'LocalCommunityCouncil',
  'MayorsCollegium',
  'Board',
  'Office',
  'Company',
  'PublicAgency',
  'GovernmentBody',
  'Consulate',
];

export const ACTOR_NAMES_QUERY = `query ActorNames($ids: [ID!]!) {
  actors(where: { id: { in: $ids } }) {
    id name nameEn aliases
    ${WITH_ABBREVIATION.map((t) => `... on ${t} { abbreviation }`).join('\n    ')}
  }
}`;

export interface ActorName extends NameSource {
  id: string;
  name: string;
  nameEn?: string | null;
  aliases: string[];
  abbreviation?: string | null;
}

/**
 * The original and English names (and abbreviation) of actors — people,
 * organisations, cities, countries — by id, in one request. Ids of other
 * kinds (sessions, statements, …) are simply absent from the answer.
 */
export async function fetchActorNames(ids: readonly string[], signal?: AbortSignal): Promise<Map<string, ActorName>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const data = await request<{ actors: ActorName[] }>(ACTOR_NAMES_QUERY, { ids: unique }, { signal });
  return new Map(data.actors.map((a) => [a.id, a]));
}
