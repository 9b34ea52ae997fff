import type { BodyMention, MunicipalityMention, ParseNote, SessionHeader } from '../parsedMinutes.js';
import type { Span } from '../span.js';
import { findDates } from './findDates.js';
import { correspondenceVoting } from './correspondenceVoting.js';
import { findTimes } from './findTimes.js';
import { headerBody } from './headerBody.js';
import { headerDate } from './headerDate.js';
import { headerMunicipality } from './headerMunicipality.js';
import { headerPlace } from './headerPlace.js';
import { headerSession } from './headerSession.js';

// A body named on a line of its own in the letterhead: "OBČINSKI SVET", "Odbor za gospodarstvo".
const BODY_LINE =
  /^[ \t]*((?:(?:občinski|mestni|nadzorni|upravni)\s+)?(?:svet|odbor|komisija|kolegij)\b[^\n:]*|\p{L}+(?:-\p{L}+)?\s+komisija\b[^\n:]*)[ \t]*$/gimu;
const START_LABEL = /(?:začetek|pričetek)(?:\s+seje)?\s*:?\s*(?:ob\s+)?|seja\s+se\s+je\s+(?:pričela|začela)\s+/iu;
const END_OF_HEADER = /^[ \t]*(?:prisotni|navzoči|dnevni\s+red|predlagani\s+dnevni|ad\s*1\b|1\.\s)/imu;

/** A heading in capitals in the case the body's name is written in: "ODBOR ZA GOSPODARSTVO" → "Odbor za gospodarstvo". */
function sentenceCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  const lower = s.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

function genitive(municipality: string): string {
  return municipality.replace(/^Mestna občina/u, 'Mestne občine').replace(/^Občina/u, 'Občine');
}

/** The body from a letterhead line before the title, when the title does not name it. */
function bodyFromLetterhead(text: string, before: number): { body?: BodyMention; notes: ParseNote[] } {
  for (const m of text.slice(0, before).matchAll(BODY_LINE)) {
    const line = m[1] ?? '';
    const start = m.index + m[0].indexOf(line);
    const normal = sentenceCase(line.trim());
    const read = headerBody(normal, 0);
    if (!read) continue;
    const notes: ParseNote[] =
      normal === line.trim()
        ? []
        : [
            {
              span: { start, end: start + line.length },
              message: 'Body name read from a heading in capitals; check its capitalisation.',
            },
          ];
    return { body: { ...read.body, span: { start, end: start + line.trim().length } }, notes };
  }
  return { notes: [] };
}

/**
 * The session header: the body (in the nominative) and its kind, the
 * municipality, the session's number and kind, date, start time, place or
 * online platform and mode, with `span` on the sentence that states the
 * session. A document date near the title ("Datum: …", "Kranj, 15. 12. 2021")
 * is not taken for the session date.
 */
export function parseHeader(text: string): { header: SessionHeader; notes: ParseNote[] } {
  const notes: ParseNote[] = [];
  const session = headerSession(text);
  const headerEnd = (() => {
    const from = session?.passage.end ?? 0;
    const m = END_OF_HEADER.exec(text.slice(from, from + 2000));
    return Math.min(text.length, m ? from + m.index : from + 800);
  })();
  const titleStart = session?.span.start ?? headerEnd;

  let body: BodyMention | undefined;
  let municipality: MunicipalityMention | undefined;
  if (session) {
    const afterSession = /^[\s,]*/u.exec(text.slice(session.span.end))?.[0].length ?? 0;
    const read = headerBody(text, session.span.end + afterSession);
    if (read) {
      body = read.body;
      municipality = read.municipality;
    }
  }
  if (!body) {
    const fromLetterhead = bodyFromLetterhead(text, titleStart);
    body = fromLetterhead.body;
    notes.push(...fromLetterhead.notes);
  }
  municipality ??= headerMunicipality(text, titleStart);
  if (body && municipality && body.kind === 'COUNCIL' && !/(?:^|\s)občin[eio](?:\s|$)/iu.test(body.name)) {
    body = { ...body, name: `${body.name} ${genitive(municipality.name)}` };
  }
  if (!body)
    notes.push({ span: session?.span, message: 'The body whose session this is was not found in the header.' });
  if (!session) notes.push({ message: 'No session title ("Zapisnik N. seje …") was found.' });

  const region: Span = { start: 0, end: headerEnd };
  // "Seja je bila na daljavo, prek platforme Zoom, s pričetkom ob 8.00.": a second sentence about the session.
  const about = /^[ \t]*seja\s+(?:je\s+)?(?:bila|potekala|se\s+je\s+(?:pričela|začela))\b[^\n]*/imu.exec(
    text.slice(0, 4000),
  );
  const aboutSpan = about ? { start: about.index, end: about.index + about[0].length } : undefined;
  const aboutHasDate = () =>
    aboutSpan !== undefined && findDates(text.slice(aboutSpan.start, aboutSpan.end)).length > 0;
  const passageHasDate =
    session !== undefined && findDates(text.slice(session.passage.start, session.passage.end)).length > 0;
  const date = headerDate(text, !passageHasDate && aboutHasDate() ? aboutSpan : session?.passage, region);
  notes.push(...date.notes);

  const passageText = session ? text.slice(session.passage.start, session.passage.end) : '';
  const passageStart = session?.passage.start ?? 0;
  let time = findTimes(passageText).map((t) => ({
    ...t,
    span: { start: t.span.start + passageStart, end: t.span.end + passageStart },
  }))[0];
  if (!time) {
    const label = START_LABEL.exec(text.slice(0, Math.max(headerEnd, 4000)));
    if (label) {
      const found = findTimes(text.slice(label.index + label[0].length - 3, label.index + label[0].length + 20))[0];
      if (found) {
        const offset = label.index + label[0].length - 3;
        time = { ...found, span: { start: found.span.start + offset, end: found.span.end + offset } };
      }
    }
  }

  // "Čas in kraj seje: četrtek, 19. septembra 2024, ob 17. uri, velika sejna dvorana …": time and place on one line.
  const kraj = /^[ \t]*(?:čas\s+in\s+)?kraj(?:\s+seje)?\s*:[^\n]*/imu.exec(text.slice(0, headerEnd));
  if (!time && kraj) {
    const found = findTimes(kraj[0])[0];
    if (found) time = { ...found, span: { start: found.span.start + kraj.index, end: found.span.end + kraj.index } };
  }

  if (!time && aboutSpan) {
    const found = findTimes(text.slice(aboutSpan.start, aboutSpan.end))[0];
    if (found)
      time = { ...found, span: { start: found.span.start + aboutSpan.start, end: found.span.end + aboutSpan.start } };
  }
  let place = session ? headerPlace(text, session.passage) : {};
  if (!place.place && !place.platform) {
    if (kraj) {
      // With the time on the line, the place is its last part without digits.
      const value = /^[ \t]*kraj/iu.test(kraj[0])
        ? /:[ \t]*(.*?)[ \t.]*$/du.exec(kraj[0])
        : /(?<=[:,][ \t]*)([^\d,:\s][^\d,:]*?)[ \t.]*$/du.exec(kraj[0]);
      const [s, e] = value?.indices?.[1] ?? [0, 0];
      const found = headerPlace(text, { start: kraj.index, end: kraj.index + kraj[0].length });
      place =
        e > s
          ? { ...found, place: kraj[0].slice(s, e), placeSpan: { start: kraj.index + s, end: kraj.index + e } }
          : found;
      if (place.mode === undefined && e > s) place = { ...place, mode: 'IN_PERSON' };
    }
  }
  if (!place.place && !place.platform && aboutSpan) place = headerPlace(text, aboutSpan);
  if (session?.kind === 'CORRESPONDENCE' && place.mode === undefined) {
    notes.push({ span: session.span, message: 'Correspondence session: no place or mode is stated.' });
  }

  // A correspondence session is held on the closing day of voting, from the hour voting opened.
  const voting = session?.kind === 'CORRESPONDENCE' ? correspondenceVoting(text) : undefined;
  if (voting?.date !== undefined && voting.date !== date.date) {
    if (date.date !== undefined && voting.dateSpan) {
      notes.push({
        span: voting.dateSpan,
        message: `Correspondence session: the closing day of voting (${voting.date}) is taken as its date, not ${date.date}.`,
      });
    }
    date.date = voting.date;
    date.dateSpan = voting.dateSpan;
  }
  if (voting?.time !== undefined && voting.timeSpan && !time) time = { time: voting.time, span: voting.timeSpan };

  const header: SessionHeader = {
    ...(session ? { span: session.passage } : {}),
    ...(body ? { body } : {}),
    ...(municipality ? { municipality } : {}),
    ...(session?.number !== undefined ? { number: session.number } : {}),
    ...(session?.kind !== undefined ? { kind: session.kind } : {}),
    ...(date.date !== undefined ? { date: date.date, dateSpan: date.dateSpan } : {}),
    ...(time ? { startTime: time.time, startTimeSpan: time.span } : {}),
    ...place,
  };
  return { header, notes };
}
