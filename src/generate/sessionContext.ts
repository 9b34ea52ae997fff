import type { Span } from './docBuilder.js';
import type { Ctx } from './entities.js';
import type { PersonName } from './personNames.js';
import type { Random } from './random.js';
import type { Body, Municipality } from './world.js';
import { bodySubject, past } from './minutesWords.js';

/** Someone at the session, as stated in this document. */
export interface Present {
  readonly id: string;
  readonly name: PersonName;
  /** "član komisije", "direktor občinske uprave": how the minutes call them. */
  readonly title: string;
}

/** What writing one session's minutes needs besides the document: who is there, the counters of its facts. */
export interface SessionCtx extends Ctx {
  readonly m: Municipality;
  readonly body: Body;
  readonly month: number;
  readonly date: string;
  readonly term: number;
  readonly rng: Random;
  readonly sessionId: string;
  /** Prefix of the ids of this session's own facts: "<body>-<date>". */
  readonly prefix: string;
  readonly seatId: string;
  readonly chair: Present;
  /** Voting members present. */
  readonly members: readonly Present[];
  readonly secretary: Present;
  readonly mayor: Present | undefined;
  readonly director: Present | undefined;
  statements: number;
  resolutions: number;
}

/** An agenda item as listed: number, title, and the function that writes its part of the minutes. */
export interface Item {
  readonly title: string;
  readonly titleEn: string;
  readonly write: (sc: SessionCtx, itemId: string) => void;
}

/** Votes: everyone present votes; most resolutions pass unanimously. */
export function writeVoteAndResolution(
  sc: SessionCtx,
  itemId: string,
  kind: 'POSITION' | 'DECISION' | 'MINUTES_APPROVAL',
  text: string,
  textEn: string,
): { resolutionId: string; textSpan: Span } {
  const present = sc.members.length;
  const unanimous = sc.rng.chance(0.75);
  const against = unanimous ? 0 : sc.rng.int(0, Math.max(0, Math.floor(present / 3)));
  const abstained = unanimous ? 0 : sc.rng.int(0, Math.max(0, Math.floor(present / 5)));
  const inFavour = present - against - abstained;
  const adopted = inFavour * 2 > present;
  const counts = unanimous
    ? `(${present} PRISOTNI: ${present} ZA)`
    : `(${present} PRISOTNI: ${inFavour} ZA, ${against} PROTI${abstained > 0 ? `, ${abstained} VZDRŽANI` : ''})`;
  const feminine = sc.body.kind.feminine;
  const voteSpan = adopted
    ? sc.doc.write(
        `${bodySubject(sc.body)} je ${unanimous ? 'soglasno' : 'z večino glasov'} ${counts} ${past('sprejel', feminine)} naslednji SKLEP:`,
      )
    : sc.doc.write(`${bodySubject(sc.body)} predlaganega sklepa ni ${past('sprejel', feminine)} ${counts}:`);
  sc.doc.plain('\n');
  const textSpan = sc.doc.write(text);
  sc.doc.plain('\n\n');
  const n = ++sc.resolutions;
  const resolutionId = `resolution:${sc.prefix}-${n}`;
  const voteId = `vote:${sc.prefix}-${n}`;
  sc.doc.node(resolutionId, 'Resolution', { kind, text, textEn, label: `Sklep ${n}` }, textSpan, true);
  sc.doc.node(
    voteId,
    'VoteEvent',
    { present, for: inFavour, against, abstained, unanimous, outcome: adopted ? 'ADOPTED' : 'REJECTED' },
    voteSpan,
    true,
  );
  sc.doc.relation('ON_ITEM', resolutionId, itemId, textSpan, true);
  if (adopted) sc.doc.relation('ADOPTED_AT', resolutionId, sc.sessionId, voteSpan, true);
  sc.doc.relation('VOTE_ON', voteId, resolutionId, voteSpan, true);
  return { resolutionId, textSpan };
}

/** A statement: who said it (STATED_BY, evidenced by `whoSpan`), on which item, with its text span. */
export function writeStatement(
  sc: SessionCtx,
  itemId: string,
  kind: 'QUESTION' | 'ANSWER' | 'PROPOSAL' | 'REPORT' | 'STATEMENT',
  speaker: Present,
  whoSpan: Span,
  span: Span,
  summaryEn: string,
): string {
  const id = `statement:${sc.prefix}-${++sc.statements}`;
  sc.doc.node(id, 'Statement', { kind, summaryEn }, span, true);
  sc.doc.node(speaker.id, 'Person', {}, whoSpan, false);
  sc.doc.relation('STATED_BY', id, speaker.id, whoSpan, true);
  sc.doc.relation('ON_ITEM', id, itemId, span, true);
  return id;
}
