import type { Review } from '../../facts/factsSchema.js';
import { BODY_TYPES, ORGANIZATION_TYPES, type NodeType } from '../../facts/vocabulary.js';
import { acronym } from './acronym.js';
import { places, type Place } from '../names/gazetteer.js';
import { nameMatchScore } from '../names/namesMatch.js';
import { slugify } from '../names/slugify.js';
import { entityIdPrefix } from './entityIdPrefix.js';
import type { KnownEntity, KnownGraph } from './knownGraph.js';

/** What a name in the document was taken to be. */
export interface ResolvedEntity {
  readonly id: string;
  readonly type: NodeType;
  /** The name to state: the graph's or the gazetteer's when the entity is known, else the text's. */
  readonly name: string;
  /** In the graph before this import. */
  readonly existing: boolean;
  readonly place?: Place;
  /** How it was decided: exact, inflection, gazetteer, new. */
  readonly method: string;
  /** Set when a reviewer must decide (a doubtful match, or a new name read from prose). */
  readonly review?: Review;
}

export interface NameToResolve {
  /** The words as written (inflected). */
  readonly surface: string;
  /** The nominative, when the stage that found the name could tell. */
  readonly base?: string;
  readonly type: NodeType;
  readonly gazetteerId?: string;
  /** Bodies and offices are matched only within their municipality. */
  readonly municipalityId?: string;
  /** Read from a labelled place (attendance list, header, signature): a new name there is certain. */
  readonly structured: boolean;
}

export interface EntityResolver {
  resolve(name: NameToResolve): ResolvedEntity;
}

/** Scores at or above this link a name to an entity without asking; below, a reviewer decides. */
export const CERTAIN_MATCH = 0.95;
/** Candidates below this are not offered at all. */
export const PLAUSIBLE_MATCH = 0.5;

const ORGANIZATIONS: readonly NodeType[] = ORGANIZATION_TYPES;

function compatible(wanted: NodeType, found: NodeType): boolean {
  if (wanted === found) return true;
  // The text rarely tells a company from an agency or an office: those may match each other. A body or a
  // municipality is named by its kind ("Mestni svet …", "Občina …"), so it matches only its own kind.
  const loose = (t: NodeType) =>
    ORGANIZATIONS.includes(t) && t !== 'Municipality' && !(BODY_TYPES as readonly NodeType[]).includes(t);
  return loose(wanted) && loose(found);
}

interface Scored {
  readonly entity: KnownEntity;
  readonly score: number;
}

/**
 * Links names found in a document to the graph's entities and the bundled
 * gazetteer, despite inflection. A name that matches one entity surely is
 * linked; a doubtful match is linked to the best candidate and marked for
 * review with the alternatives; a name found nowhere becomes a new entity
 * (marked for review when it was read from prose). The same name always
 * resolves the same way within one import, and two new names never share an id.
 */
export function createEntityResolver(graph: KnownGraph, gazetteer: readonly Place[] = places()): EntityResolver {
  const byId = new Map(graph.entities.map((e) => [e.id, e]));
  const placeById = new Map(gazetteer.map((p) => [p.id, p]));
  const takenIds = new Set(graph.entities.map((e) => e.id));
  const memo = new Map<string, ResolvedEntity>();
  // Entities this import creates are candidates for the names that follow ("Katji Štruc" after "Katja Štruc").
  const added: KnownEntity[] = [];

  const scoreAgainst = (surface: string, want: NameToResolve): Scored[] =>
    [...graph.entities, ...added]
      .filter((e) => compatible(want.type, e.type))
      .filter((e) => !want.municipalityId || !e.municipalityId || e.municipalityId === want.municipalityId)
      .map((entity) => ({ entity, score: Math.max(...entity.names.map((n) => nameMatchScore(surface, n))) }))
      .filter((s) => s.score >= PLAUSIBLE_MATCH)
      .sort((a, b) => b.score - a.score);

  const fromPlace = (place: Place, method: string): ResolvedEntity => {
    const inGraph = byId.get(place.id);
    if (inGraph) return { id: place.id, type: inGraph.type, name: inGraph.name, existing: true, place, method };
    // The graph may hold the place under another id (imported before the gazetteer knew it).
    const named = [place.name, place.nameEn, ...place.aliases];
    const other = graph.entities.find(
      (e) => e.type === place.type && e.names.some((n) => named.some((p) => nameMatchScore(p, n) >= CERTAIN_MATCH)),
    );
    if (other) return { id: other.id, type: other.type, name: other.name, existing: true, place, method };
    takenIds.add(place.id);
    return { id: place.id, type: place.type as NodeType, name: place.name, existing: false, place, method };
  };

  const newId = (type: NodeType, name: string, municipalityId?: string): string => {
    const scope =
      // The municipality's slug without its kind ("org:"), even when it is not "obcina-…": an id has one colon.
      municipalityId && ORGANIZATIONS.includes(type)
        ? `${municipalityId.replace(/^[a-z-]+:((mestna-)?obcina-)?/, '')}-`
        : '';
    const stem = (BODY_TYPES as readonly string[]).includes(type) ? acronym(name) : slugify(name);
    const base = `${entityIdPrefix(type)}:${scope}${stem || 'unnamed'}`;
    let id = base;
    for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
    takenIds.add(id);
    return id;
  };

  const decide = (want: NameToResolve): ResolvedEntity => {
    const surface = want.base ?? want.surface;
    const place = want.gazetteerId ? placeById.get(want.gazetteerId) : undefined;
    if (place) return fromPlace(place, 'gazetteer');

    const scored = scoreAgainst(surface, want);
    const best = scored[0];
    if (best && best.score >= CERTAIN_MATCH && (scored[1]?.score ?? 0) < CERTAIN_MATCH) {
      const existing = byId.has(best.entity.id);
      return {
        id: best.entity.id,
        type: best.entity.type,
        name: best.entity.name,
        existing,
        method: existing ? 'graph' : 'same-document',
      };
    }
    if (best) {
      const candidates = scored.slice(0, 5).map((s) => ({
        id: s.entity.id,
        name: s.entity.name,
        score: Math.round(s.score * 100) / 100,
        method: 'name',
      }));
      const reason =
        best.score >= CERTAIN_MATCH
          ? `"${want.surface}" matches several entities of the graph equally well: choose one`
          : `"${want.surface}" resembles ${best.entity.name} (${best.entity.id}, score ${candidates[0]?.score}): confirm or choose "new"`;
      return {
        id: best.entity.id,
        type: best.entity.type,
        name: best.entity.name,
        existing: byId.has(best.entity.id),
        method: 'doubtful',
        review: { reason, candidates },
      };
    }

    if (want.type === 'City' || want.type === 'Country' || want.type === 'Municipality') {
      const known = gazetteer
        .filter((p) => p.type === want.type)
        .map((p) => ({
          p,
          score: Math.max(...[p.name, p.nameEn, ...p.aliases].map((n) => nameMatchScore(surface, n))),
        }))
        .filter((s) => s.score >= CERTAIN_MATCH)
        .sort((a, b) => b.score - a.score)[0];
      if (known) return fromPlace(known.p, 'gazetteer');
    }

    const id = newId(want.type, surface, want.municipalityId);
    const entity: KnownEntity = { id, type: want.type, name: surface, names: [surface] };
    added.push(want.municipalityId ? { ...entity, municipalityId: want.municipalityId } : entity);
    const resolved: ResolvedEntity = { id, type: want.type, name: surface, existing: false, method: 'new' };
    return want.structured
      ? resolved
      : {
          ...resolved,
          review: {
            reason: `"${want.surface}" is not in the graph or the gazetteer: check that it is a ${want.type} and its nominative name "${surface}"`,
          },
        };
  };

  return {
    resolve(want) {
      const key = JSON.stringify([want.type, want.base ?? want.surface, want.gazetteerId, want.municipalityId]);
      const seen = memo.get(key);
      if (seen) return seen;
      const resolved = decide(want);
      memo.set(key, resolved);
      return resolved;
    },
  };
}
