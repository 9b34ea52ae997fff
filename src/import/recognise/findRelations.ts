import type { ParsedMinutes } from '../parsedMinutes.js';
import type { RelationsFound, TwinningFound } from './relationsFound.js';
import type { RecogniseContext } from './recogniseContext.js';
import { splitSentences } from './splitSentences.js';
import { splitAtHeadings } from './splitAtHeadings.js';
import { findMentions } from './findMentions.js';
import { findTwinnings } from './findTwinnings.js';
import { findStatusSteps } from './findStatusSteps.js';
import { findActorRoles } from './findActorRoles.js';
import { findEvents } from './findEvents.js';
import { findStatements } from './findStatements.js';

/**
 * The international relations a minutes document speaks of: the people,
 * places and organisations it names; its twinnings, partnerships and
 * friendships with their status steps (resolutions included) and the actors
 * behind them; the visits, signings, meetings and other events it tells of;
 * and who said what on which agenda item. Dates without a year take the
 * session's year (or `referenceYear`); "dan pred sejo" and "lani" count from
 * the session date.
 */
export function findRelations(
  text: string,
  minutes: ParsedMinutes,
  options: { referenceYear?: number } = {},
): RelationsFound {
  const sessionDate = minutes.header.date;
  const referenceYear = options.referenceYear ?? (sessionDate ? Number(sessionDate.slice(0, 4)) : undefined);
  const sentences = splitAtHeadings(
    text,
    splitSentences(text),
    minutes.items.map((i) => i.headingSpan),
  );
  const mentions = findMentions(text, minutes, sentences);
  const ctx: RecogniseContext = {
    text,
    minutes,
    sentences,
    mentions,
    ...(sessionDate ? { sessionDate } : {}),
    ...(referenceYear !== undefined ? { referenceYear } : {}),
  };
  const found = findTwinnings(ctx);
  const steps = findStatusSteps(ctx, found.sentences);
  const actors = findActorRoles(ctx, found.sentences, found.twinnings);
  const twinnings: TwinningFound[] = found.twinnings.map((t, i) => ({
    ...t,
    steps: steps.get(i) ?? [],
    actors: actors.get(i) ?? [],
  }));
  return {
    mentions,
    twinnings,
    events: findEvents(ctx, found.sentences),
    statements: findStatements(ctx),
  };
}
