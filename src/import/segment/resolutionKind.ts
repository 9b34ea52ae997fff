import type { ResolutionKind } from '../parsedMinutes.js';

const MINUTES = /zapisnik\p{L}*/iu;
const APPROVES = /potrd|potrj|sprejm|sprejet|odobr|overi/iu;
const AGENDA = /dnevn\p{L}*\s+red\p{L}*/iu;
// Taking note, supporting, proposing or recommending: the body states a view, it does not decide.
const POSITION =
  /(?<!\p{L})(?:(?:ne\s+)?podpira|podpre|se\s+seznani|seznani\s+se|se\s+je\s+seznanil\p{L}*|seznanjen\p{L}*|se\s+seznanja|predlaga|priporoča|pozdravlja|nasprotuje|(?:se\s+)?ne\s+strinja|izraža|izreka\s+podporo|daje\s+(?:pozitivno\s+|negativno\s+)?mnenje|meni|ugotavlja)(?!\p{L})/iu;

const DECIDES =
  /(?<!\p{L})(?:sprejme|določi|imenuje|razreši|potrdi|odobri|dodeli|ustanovi|ukine|nalaga|naloži|pooblasti|zadolži|soglaša|daje\s+soglasje)(?!\p{L})/iu;

/**
 * What kind of resolution its wording makes, read from its first sentence:
 * approving minutes ("Potrdi se zapisnik …"), adopting or changing the agenda
 * ("dnevni red"), a position ("podpira", "se seznani", "predlaga",
 * "priporoča", "se ne strinja", "nasprotuje"), otherwise a decision.
 */
export function resolutionKind(text: string): ResolutionKind {
  const first = text.slice(0, 300);
  // Whichever the wording names first: "Sprejme se dnevni red: 1. Potrditev zapisnika …" adopts the agenda.
  const minutes = first.search(MINUTES);
  const agenda = first.search(AGENDA);
  const minutesFirst = minutes >= 0 && minutes < 120 && APPROVES.test(first) && (agenda < 0 || minutes < agenda);
  if (minutesFirst) return 'MINUTES_APPROVAL';
  if (agenda >= 0 && agenda < 120) return 'AGENDA_ADOPTION';
  const position = first.search(POSITION);
  const decision = first.search(DECIDES);
  if (position >= 0 && (decision < 0 || position < decision)) return 'POSITION';
  return 'DECISION';
}
