import { toCsv } from '../export/toCsv';
import type { TableMessages } from './table.messages';
import type { NodeRow, RelationRow } from './tableRows';

/** The nodes' CSV: what the table shows, in the interface's language, with ids. */
export function nodesCsv(rows: readonly NodeRow[], m: TableMessages): string {
  const c = m.columns;
  return toCsv(rows as unknown as Record<string, unknown>[], [
    { key: 'kind', header: c.kind },
    { key: 'name', header: c.name },
    { key: 'nameEn', header: c.nameEn },
    { key: 'details', header: c.details },
    { key: 'date', header: c.date },
    { key: 'degree', header: c.degree },
    { key: 'id', header: c.id },
  ]);
}

/** The relations' CSV: what the table shows plus the ends' ids and where the quote is (code point offsets). */
export function relationsCsv(rows: readonly RelationRow[], m: TableMessages): string {
  const c = m.columns;
  return toCsv(
    rows.map((r) => ({ ...r, start: r.passage?.start ?? null, end: r.passage?.end ?? null })),
    [
      { key: 'kind', header: c.type },
      { key: 'from', header: c.from },
      { key: 'to', header: c.to },
      { key: 'role', header: c.role },
      { key: 'documentId', header: c.document },
      { key: 'quote', header: c.quote },
      { key: 'note', header: c.note },
      { key: 'fromId', header: c.fromId },
      { key: 'toId', header: c.toId },
      { key: 'start', header: c.start },
      { key: 'end', header: c.end },
      { key: 'id', header: c.id },
    ],
  );
}
