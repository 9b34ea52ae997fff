import type { AgendaEntry } from '../parsedMinutes.js';
import { isVoteLine } from './voteLine.js';

const STOP = /dnevn\p{L}*\s+red|sklep|glasova|soglasn|sprejet|predsedujoč|prisotn|ugotovi/iu;
const BULLET = /^[ \t]*(?:[-–•·*▪][ \t]+)?/u;

/**
 * The agenda items when the extraction lost their numbers (Word auto-numbering
 * read as plain lines): the short lines after the heading up to the first
 * blank line, numbered in order. Undefined unless there are at least two.
 */
export function agendaUnnumberedList(text: string, from: number): { entries: AgendaEntry[]; end: number } | undefined {
  const entries: AgendaEntry[] = [];
  const re = /^.*$/gmu;
  re.lastIndex = from;
  let started = false;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const line = m[0];
    if (line.trim().length === 0) {
      if (started) break;
      if (line.length === 0) re.lastIndex++;
      continue;
    }
    started = true;
    if (line.trim().length > 160 || STOP.test(line) || isVoteLine(line) || /[^\d][.!?]\s+\p{Lu}/u.test(line.trim()))
      break;
    const lead = BULLET.exec(line)?.[0].length ?? 0;
    let end = m.index + line.length;
    while (end > m.index && /\s/u.test(text[end - 1] ?? '')) end--;
    const title = line
      .slice(lead)
      .trim()
      .replace(/[.;,]$/u, '')
      .trim();
    entries.push({ number: entries.length + 1, title, span: { start: m.index + lead, end } });
    if (m[0].length === 0) re.lastIndex++;
  }
  if (entries.length < 2) return undefined;
  return { entries, end: entries[entries.length - 1]?.span.end ?? from };
}
