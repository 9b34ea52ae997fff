import type { ResolutionEntry, Vote } from '../parsedMinutes.js';
import type { DraftContext } from './DraftContext.js';

/** A vote's counts as the graph holds them, or the reason they cannot be stated as certain. */
function voteProperties(vote: Vote): { properties: Record<string, unknown>; doubt?: string } {
  const against = vote.against ?? 0;
  const abstained = vote.abstained ?? 0;
  const voted = vote.voted ?? (vote.for !== undefined ? vote.for + against + abstained : undefined);
  const present = vote.present ?? voted;
  const forCount = vote.for ?? (vote.unanimous ? (vote.voted ?? vote.present) : undefined);
  if (present === undefined || forCount === undefined) {
    return { properties: {}, doubt: 'the vote has no counts the importer could read' };
  }
  const outcome = vote.outcome ?? (forCount > against ? 'ADOPTED' : 'REJECTED');
  const properties = {
    present,
    for: forCount,
    against,
    abstained,
    unanimous: vote.unanimous || (forCount > 0 && against === 0 && abstained === 0 && forCount === present),
    outcome,
  };
  const doubt =
    vote.present === undefined ? 'the number present is not written; it is taken as the number who voted' : undefined;
  return doubt ? { properties, doubt } : { properties };
}

function stateVote(ctx: DraftContext, voteId: string, resolutionId: string, vote: Vote, rule: string): void {
  const { properties, doubt } = voteProperties(vote);
  if (properties.present === undefined) {
    ctx.notes.push(
      `${resolutionId}: ${doubt ?? 'no vote counts'} ("${ctx.text.slice(vote.span.start, vote.span.end)}")`,
    );
    return;
  }
  const id = ctx.facts.addNode(
    voteId,
    'VoteEvent',
    properties,
    [vote.span],
    rule,
    doubt ? { reason: doubt } : undefined,
  );
  ctx.facts.addRelation('VOTE_ON', id, resolutionId, {}, vote.span, rule);
}

function resolutionIds(ctx: DraftContext, entries: readonly ResolutionEntry[]): string[] {
  const perItem = new Map<string, number>();
  for (const r of entries) {
    const key = String(r.itemNumber ?? 'x');
    perItem.set(key, (perItem.get(key) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return entries.map((r) => {
    const key = String(r.itemNumber ?? 'x');
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    const suffix = (perItem.get(key) ?? 0) > 1 ? `-${n}` : '';
    return `resolution:${ctx.sessionSlug}-${r.itemNumber ?? 'x'}${suffix}`;
  });
}

/**
 * The agenda (items with their numbers and titles, from the agenda list and
 * the item headings), its adoption, and every resolution with its item, the
 * session that adopted it and its vote. Returns the resolution ids in the
 * order of `minutes.resolutions`, for the steps of twinnings they decided.
 */
export function draftDecisions(ctx: DraftContext): string[] {
  const { minutes, facts, sessionId, sessionSlug } = ctx;
  const itemIds = new Map<number, string>();
  for (const entry of minutes.agenda) {
    const heading = minutes.items.find((i) => i.number === entry.number)?.headingSpan;
    const id = facts.addNode(
      `item:${sessionSlug}-${entry.number}`,
      'AgendaItem',
      { number: entry.number, title: entry.title },
      [entry.span, heading],
      'agenda.entry',
    );
    if (!id) continue;
    itemIds.set(entry.number, id);
    facts.addRelation('HAS_ITEM', sessionId, id, {}, entry.span, 'agenda.entry');
  }
  if (minutes.agendaAdoption && sessionId) {
    const { span, vote } = minutes.agendaAdoption;
    const id = facts.addNode(
      `resolution:${sessionSlug}-agenda`,
      'Resolution',
      {
        kind: 'AGENDA_ADOPTION',
        text: ctx.text
          .slice(span.start, span.end)
          .replace(/\s*\([^)]*\)/g, '')
          .trim(),
      },
      [span],
      'agenda.adoption',
    );
    if (id) {
      facts.addRelation('ADOPTED_AT', id, sessionId, {}, span, 'agenda.adoption');
      facts.addRelation('CONCERNS', id, sessionId, {}, span, 'agenda.adoption');
      if (vote) stateVote(ctx, `vote:${sessionSlug}-agenda`, id, vote, 'agenda.adoption');
    }
  }
  const ids = resolutionIds(ctx, minutes.resolutions);
  minutes.resolutions.forEach((r, index) => {
    const id = facts.addNode(
      ids[index] ?? `resolution:${sessionSlug}-${index}`,
      'Resolution',
      { kind: r.kind, text: r.text, label: r.label },
      [r.span],
      'resolution',
    );
    if (!id) return;
    if (sessionId)
      facts.addRelation(
        'ADOPTED_AT',
        id,
        sessionId,
        {},
        r.labelSpan.start < r.span.start ? { start: r.labelSpan.start, end: r.span.end } : r.span,
        'resolution',
      );
    const itemId = r.itemNumber === undefined ? undefined : itemIds.get(r.itemNumber);
    facts.addRelation('ON_ITEM', id, itemId, {}, r.span, 'resolution');
    if (r.vote) stateVote(ctx, id.replace(/^resolution:/, 'vote:'), id, r.vote, 'resolution.vote');
    else ctx.notes.push(`${id}: no vote was found next to the resolution "${r.text.slice(0, 60)}…"`);
  });
  return ids;
}
