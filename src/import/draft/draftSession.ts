import type { ParsedMinutes } from '../parsedMinutes.js';
import type { RelationsFound } from '../recognise/relationsFound.js';
import type { EntityResolver, ResolvedEntity } from '../resolve/createEntityResolver.js';
import type { KnownGraph } from '../resolve/knownGraph.js';
import type { Span } from '../span.js';
import { bodyNodeType } from './bodyNodeType.js';
import type { DraftFacts } from './DraftFacts.js';
import { stateEntity } from './stateEntity.js';

export interface SessionDraft {
  readonly municipality?: ResolvedEntity;
  readonly body?: ResolvedEntity;
  readonly sessionId?: string;
  readonly sessionSlug: string;
  readonly documentId: string;
  readonly title: string;
}

/**
 * The municipality (from the header, else the body's in the graph, else the
 * first municipality the text names), the body with its PART_OF, and the
 * session with its number, kind, date, times, place and mode. An existing
 * session of the same body on the same date keeps its id, so a second
 * document about it meets it in the graph.
 */
export function draftSession(
  text: string,
  minutes: ParsedMinutes,
  found: RelationsFound,
  graph: KnownGraph,
  resolver: EntityResolver,
  facts: DraftFacts,
  notes: string[],
): SessionDraft {
  const { header } = minutes;

  // The municipality first (the header's, else the first the text names), so the body is sought within it.
  let municipality: ResolvedEntity | undefined;
  let municipalitySpan: Span | undefined = header.municipality?.span;
  // A known municipality the text names where the header does wins over the header's reading of its name,
  // which ends at the first lower-case word ("Mestne občine Novo mesto").
  const headerSpan = header.municipality?.span;
  const known = headerSpan
    ? found.mentions.find(
        (m) =>
          m.kind === 'Municipality' && m.gazetteerId && m.span.start < headerSpan.end && headerSpan.start < m.span.end,
      )
    : undefined;
  if (header.municipality && !known) {
    municipality = resolver.resolve({ surface: header.municipality.name, type: 'Municipality', structured: true });
  } else {
    const mention = known ?? found.mentions.find((m) => m.kind === 'Municipality');
    if (mention) {
      const want = { surface: mention.surface, type: 'Municipality' as const, structured: true };
      municipality = resolver.resolve(mention.gazetteerId ? { ...want, gazetteerId: mention.gazetteerId } : want);
      municipalitySpan = mention.span;
    }
  }
  let body: ResolvedEntity | undefined;
  if (header.body) {
    const want = { surface: header.body.name, type: bodyNodeType(header.body.kind), structured: true };
    body = resolver.resolve(municipality ? { ...want, municipalityId: municipality.id } : want);
    if (!municipality && body.existing) {
      // The graph knows the body, and so its municipality.
      const known = graph.entities.find((e) => e.id === body?.id)?.municipalityId;
      const mention = found.mentions.find((m) => m.gazetteerId === known);
      if (known && mention) {
        municipality = resolver.resolve({
          surface: mention.surface,
          type: 'Municipality',
          gazetteerId: known,
          structured: true,
        });
        municipalitySpan = mention.span;
      }
    }
  } else {
    notes.push(
      'The header names no body (komisija, odbor, svet …): the session is drafted without one; add it by hand.',
    );
  }
  if (!municipality) notes.push('No municipality is named in the header or the text: the body is not linked to one.');

  const municipalityId =
    municipality && municipalitySpan
      ? stateEntity(facts, municipality, municipalitySpan, 'header.municipality')
      : undefined;
  const bodyId = body && header.body ? stateEntity(facts, body, header.body.span, 'header.body') : undefined;
  if (bodyId && municipalityId && header.body) {
    facts.addRelation('PART_OF', bodyId, municipalityId, {}, header.body.span, 'header.body');
  }

  const bodySlug = (bodyId ?? 'org:unknown-body').replace(/^org:/, '');
  const date = header.date;
  const existing = graph.sessions.find((s) => s.bodyId === bodyId && date !== undefined && s.date === date);
  const sessionSlug = existing ? existing.id.replace(/^session:/, '') : `${bodySlug}-${date ?? 'undated'}`;
  const documentId = `doc:${bodySlug}-${date ?? 'undated'}${header.number ? `-seja-${header.number}` : ''}`;
  const bodyName = header.body?.name ?? 'neznanega organa';
  const title = `Zapisnik ${header.number ? `${header.number}. ` : ''}seje: ${bodyName}${date ? `, ${date}` : ''}`;

  if (!date || !header.span) {
    notes.push('No session date was found in the header: the session is not drafted; add it by hand.');
    return { ...(municipality ? { municipality } : {}), ...(body ? { body } : {}), sessionSlug, documentId, title };
  }
  const sessionId = facts.addNode(
    existing?.id ?? `session:${sessionSlug}`,
    'Session',
    {
      number: header.number,
      title: `${header.number ? `${header.number}. ` : ''}seja: ${bodyName}`,
      date,
      startTime: header.startTime,
      endTime: minutes.endTime?.time,
      mode: header.mode,
      platform: header.platform,
      kind: header.kind,
      place: header.place,
      attendanceCount: minutes.attendanceCount?.count,
    },
    [header.span, minutes.endTime?.span, minutes.attendanceCount?.span],
    'header.session',
  );
  if (bodyId && header.body) facts.addRelation('OF_BODY', sessionId, bodyId, {}, header.body.span, 'header.body');
  facts.addRelation('MINUTES_OF', documentId, sessionId, {}, header.span, 'header.session');
  void text;
  return {
    ...(municipality ? { municipality } : {}),
    ...(body ? { body } : {}),
    ...(sessionId ? { sessionId } : {}),
    sessionSlug,
    documentId,
    title,
  };
}
