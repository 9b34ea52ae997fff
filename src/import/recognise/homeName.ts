import type { ParsedMinutes } from '../parsedMinutes.js';
import type { Mention } from './relationsFound.js';

/** The name of the municipality whose minutes these are: the header's, or else the first municipality the text names. */
export function homeName(minutes: ParsedMinutes, mentions: readonly Mention[]): string | undefined {
  return minutes.header.municipality?.name ?? mentions.find((m) => m.kind === 'Municipality')?.base;
}
