import type { BodyKind, ParsedMinutes, ResolutionEntry } from '../../../../src/import/parsedMinutes.js';
import type { Span } from '../../../../src/import/span.js';

export interface FixtureOptions {
  date?: string;
  municipality?: string;
  body?: { kind: BodyKind; name: string };
  /** Attendees as "Name – role". */
  attendance?: string[];
  /** Quotes of resolution texts, with the item they belong to. */
  resolutions?: { quote: string; item?: number }[];
  /** The chair as "Name – role", as "Sejo je vodil župan Jože Sodja" gives it. */
  chair?: string;
  /** Item headings by quote; each item runs to the next heading or the end. */
  items?: string[];
}

function spanOf(text: string, quote: string, from = 0): Span {
  const start = text.indexOf(quote, from);
  if (start < 0) throw new Error(`fixture quote not in text: ${quote}`);
  return { start, end: start + quote.length };
}

/** A ParsedMinutes built by hand around a fixture text, with spans found by quoting it. */
export function minutesFixture(text: string, o: FixtureOptions = {}): ParsedMinutes {
  const headings = (o.items ?? []).map((q) => spanOf(text, q));
  const items = headings.map((h, i) => ({
    number: i + 1,
    headingSpan: h,
    bodySpan: { start: h.end, end: headings[i + 1]?.start ?? text.length },
  }));
  const resolutions: ResolutionEntry[] = (o.resolutions ?? []).map((r) => {
    const span = spanOf(text, r.quote);
    return { text: r.quote, span, labelSpan: span, kind: 'DECISION', ...(r.item ? { itemNumber: r.item } : {}) };
  });
  return {
    header: {
      ...(o.date ? { date: o.date } : {}),
      ...(o.municipality ? { municipality: { name: o.municipality, span: { start: 0, end: 0 } } } : {}),
      ...(o.body ? { body: { ...o.body, span: { start: 0, end: 0 } } } : {}),
    },
    attendance: (o.attendance ?? []).map((entry) => {
      const [name = '', role] = entry.split(' – ');
      return {
        name,
        nameSpan: { start: 0, end: 0 },
        span: { start: 0, end: 0 },
        titles: [],
        status: 'PRESENT' as const,
        group: 'MEMBER' as const,
        ...(role ? { roleOriginal: role } : {}),
      };
    }),
    ...(o.chair
      ? {
          chair: {
            name: o.chair.split(' – ')[0] ?? '',
            nameSpan: { start: 0, end: 0 },
            span: { start: 0, end: 0 },
            roleOriginal: o.chair.split(' – ')[1] ?? '',
          },
        }
      : {}),
    agenda: [],
    items,
    resolutions,
    signedBy: [],
    notes: [],
  };
}

/** The text a span covers. */
export function at(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}
