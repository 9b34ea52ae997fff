import { readFileSync } from 'node:fs';

/** The text of a fixture file beside these tests. */
export function agendaFixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}
