import type { AttendanceEntry } from '../parsedMinutes.js';
import { nameKeys } from '../names/nameKeys.js';
import { foldName } from '../names/foldName.js';

function sameName(a: string, b: string): boolean {
  const [fa, fb] = [foldName(a), foldName(b)];
  if (fa === fb) return true;
  const keys = nameKeys(fa);
  for (const key of nameKeys(fb)) if (keys.has(key)) return true;
  return false;
}

/**
 * The attendee an inflected name refers to ("Juretu Kristanu" → Jure Kristan,
 * "Trilarja" → Boštjan Trilar), or undefined when none or more than one fits.
 * A full name must match word by word; a single word matches a surname only
 * when exactly one attendee has it.
 */
export function matchAttendee(surface: string, attendance: readonly AttendanceEntry[]): AttendanceEntry | undefined {
  const words = surface.split(/\s+/u).filter(Boolean);
  const fits = attendance.filter((entry) => {
    const parts = entry.name.split(/\s+/u).filter(Boolean);
    if (words.length === 1) return parts.length > 1 && sameName(words[0] ?? '', parts[parts.length - 1] ?? '');
    return parts.length === words.length && parts.every((p, i) => sameName(words[i] ?? '', p));
  });
  const names = new Set(fits.map((f) => f.name));
  return names.size === 1 ? fits[0] : undefined;
}
