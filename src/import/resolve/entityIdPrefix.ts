import type { NodeType } from '../../facts/vocabulary.js';

/** The prefix of a new entity's id, as the seed's ids have it: person:…, city:…, country:…, org:…. */
export function entityIdPrefix(type: NodeType): string {
  switch (type) {
    case 'Person':
      return 'person';
    case 'City':
      return 'city';
    case 'Country':
      return 'country';
    default:
      return 'org';
  }
}
