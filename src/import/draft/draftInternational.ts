import type { TwinningFound } from '../recognise/relationsFound.js';
import type { Span } from '../span.js';
import { places } from '../names/gazetteer.js';
import type { ResolvedEntity } from '../resolve/createEntityResolver.js';
import type { DraftContext } from './DraftContext.js';
import { stateEntity } from './stateEntity.js';
import { stateMention } from './stateMention.js';

const KIND_WORD = { TWINNING: 'Pobratenje', PARTNERSHIP: 'Partnerstvo', FRIENDSHIP: 'Prijateljstvo' } as const;

function cover(a: Span, b: Span): Span | undefined {
  const span = { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
  return span.end - span.start <= 300 ? span : undefined;
}

/** The city a municipality governs (from the gazetteer), stated with the passage and the GOVERNS relation. */
function stateGovernedCity(
  ctx: DraftContext,
  municipality: ResolvedEntity,
  span: Span,
  rule: string,
): ResolvedEntity | undefined {
  const cityId = municipality.place?.municipalityOf ?? places().find((p) => p.id === municipality.id)?.municipalityOf;
  if (!cityId) return undefined;
  const city = ctx.resolver.resolve({ surface: cityId, type: 'City', gazetteerId: cityId, structured: true });
  const id = stateEntity(ctx.facts, city, span, rule);
  if (!id) return undefined;
  if (ctx.facts.has(municipality.id)) ctx.facts.addRelation('GOVERNS', municipality.id, id, {}, span, rule);
  return city;
}

/** The home side of a twinning: the city the municipality of the minutes governs (from the gazetteer). */
function stateHomeCity(ctx: DraftContext, tw: TwinningFound): string | undefined {
  const municipality = ctx.municipality;
  if (!municipality) return undefined;
  return stateGovernedCity(ctx, municipality, tw.home?.span ?? tw.span, 'twinning.home')?.id;
}

/**
 * The partner side of a twinning, always a City (as PARTNER requires): a
 * partner named as a municipality ("z Občino Piran") is the city it governs;
 * one whose city the gazetteer does not know is left out, with a note.
 */
function statePartner(ctx: DraftContext, tw: TwinningFound): ResolvedEntity | undefined {
  const partner = stateMention(ctx, tw.partner, 'twinning.partner');
  if (!partner || partner.type === 'City') return partner;
  const city =
    partner.type === 'Municipality' ? stateGovernedCity(ctx, partner, tw.partner.span, 'twinning.partner') : undefined;
  if (!city) {
    ctx.notes.push(
      `The ${tw.kind.toLowerCase()} with "${tw.partner.surface}" was left out: the partner reads as a ${partner.type}, ` +
        'not a city, and its city is not known. State the partner city by hand.',
    );
  }
  return city;
}

function draftTwinning(ctx: DraftContext, tw: TwinningFound, resolutionIds: readonly string[]): string | undefined {
  const { facts } = ctx;
  const partner = statePartner(ctx, tw);
  if (!partner) return undefined;
  const homeId = stateHomeCity(ctx, tw);
  const homeSlug = (homeId ?? ctx.municipality?.id ?? 'org:unknown').replace(/^(city|org):((mestna-)?obcina-)?/, '');
  const id = `twinning:${homeSlug}-${partner.id.replace(/^[a-z]+:/, '')}`;
  const name = `${KIND_WORD[tw.kind]} ${ctx.municipality?.name ?? homeSlug} – ${partner.name}`;
  const twinningId = facts.addNode(id, 'Twinning', { kind: tw.kind, name }, [tw.span], 'twinning');
  if (!twinningId) return undefined;
  facts.addRelation('PARTNER', twinningId, partner.id, {}, tw.partner.span, 'twinning.partner');
  if (homeId) facts.addRelation('PARTNER', twinningId, homeId, {}, tw.home?.span ?? tw.span, 'twinning.home');
  if (tw.country) {
    const country = stateMention(ctx, tw.country, 'twinning.country');
    const span = cover(tw.partner.span, tw.country.span);
    if (country && span) facts.addRelation('LOCATED_IN', partner.id, country.id, {}, span, 'twinning.country');
  }
  for (const step of tw.steps) {
    const date = step.date ?? ctx.minutes.header.date;
    if (!date) continue;
    const stepId = facts.addNode(
      `step:${id.replace(/^twinning:/, '')}-${step.status.toLowerCase()}`,
      'StatusChange',
      { status: step.status, date },
      [step.span],
      'twinning.step',
      step.certain && step.date
        ? undefined
        : { reason: step.reason ?? 'the step has no date of its own; the session date is assumed' },
    );
    facts.addRelation('HAS_STEP', twinningId, stepId, {}, step.span, 'twinning.step');
    const resolutionId = step.resolutionIndex === undefined ? undefined : resolutionIds[step.resolutionIndex];
    if (resolutionId && facts.has(resolutionId)) {
      facts.addRelation('DECIDED_BY', stepId, resolutionId, {}, step.span, 'twinning.step');
      facts.addRelation('CONCERNS', resolutionId, twinningId, {}, step.span, 'twinning.step');
    }
  }
  for (const involvement of tw.actors) {
    const actor = stateMention(ctx, involvement.actor, 'twinning.actor');
    if (!actor) continue;
    facts.addRelation(
      'INVOLVED_IN',
      actor.id,
      twinningId,
      { role: involvement.role },
      involvement.span,
      'twinning.actor',
      involvement.certain ? undefined : { reason: involvement.reason ?? 'the role is read from nearby words only' },
    );
  }
  return twinningId;
}

/**
 * Twinnings and partnerships with their partner and home cities, status
 * steps (with the resolutions that took them) and the actors behind them;
 * events with their place, participants and twinning; statements with their
 * speaker, item and what they mention. Doubtful findings go to the reviewer.
 */
export function draftInternational(ctx: DraftContext, resolutionIds: readonly string[]): void {
  const { facts, found, sessionSlug } = ctx;
  const twinningIds = found.twinnings.map((tw) => draftTwinning(ctx, tw, resolutionIds));

  found.events.forEach((event, index) => {
    const quote = ctx.text.slice(event.span.start, event.span.end).replace(/\s+/g, ' ').trim();
    const eventId = facts.addNode(
      `event:${sessionSlug}-${event.kind.toLowerCase().replace(/_/g, '-')}-${index + 1}`,
      'Event',
      {
        kind: event.kind,
        name: quote.length > 90 ? `${quote.slice(0, 87)}…` : quote,
        date: event.date,
        dateText: event.dateText,
        status: event.status,
      },
      [event.span],
      'event',
    );
    if (!eventId) return;
    if (event.place) {
      const place = stateMention(ctx, event.place, 'event.place');
      if (place) facts.addRelation('LOCATED_IN', eventId, place.id, {}, event.place.span, 'event.place');
    }
    for (const participant of event.participants) {
      const actor = stateMention(ctx, participant, 'event.participant');
      if (actor)
        facts.addRelation(
          'PARTICIPATED_IN',
          actor.id,
          eventId,
          { role: 'PARTICIPANT' },
          participant.span,
          'event.participant',
        );
    }
    const twinningId = event.twinningIndex === undefined ? undefined : twinningIds[event.twinningIndex];
    facts.addRelation('ABOUT', eventId, twinningId, {}, event.span, 'event.twinning');
  });

  found.statements.forEach((statement, index) => {
    const quote = ctx.text.slice(statement.span.start, statement.span.end).replace(/\s+/g, ' ').trim();
    const statementId = facts.addNode(
      `statement:${sessionSlug}-${statement.itemNumber ?? 'x'}-${index + 1}`,
      'Statement',
      { kind: statement.kind, summary: quote.length > 400 ? `${quote.slice(0, 397)}…` : quote },
      [statement.span],
      'statement',
    );
    if (!statementId) return;
    const speaker = stateMention(ctx, statement.speaker, 'statement.speaker');
    if (speaker)
      facts.addRelation('STATED_BY', statementId, speaker.id, {}, statement.speaker.span, 'statement.speaker');
    if (statement.itemNumber !== undefined) {
      facts.addRelation(
        'ON_ITEM',
        statementId,
        `item:${sessionSlug}-${statement.itemNumber}`,
        {},
        statement.span,
        'statement.item',
      );
    }
    for (const mention of statement.mentions) {
      const entity = stateMention(ctx, mention, 'statement.mention');
      if (entity) facts.addRelation('MENTIONS', statementId, entity.id, {}, mention.span, 'statement.mention');
    }
  });
}
