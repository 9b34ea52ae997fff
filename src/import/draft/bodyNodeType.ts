import type { NodeType } from '../../facts/vocabulary.js';
import type { BodyKind } from '../parsedMinutes.js';

/** The graph's node kind for a kind of municipal body. */
export function bodyNodeType(kind: BodyKind): NodeType {
  switch (kind) {
    case 'COUNCIL':
      return 'Council';
    case 'COMMISSION':
      return 'Commission';
    case 'COMMITTEE':
      return 'Committee';
    case 'LOCAL_COMMUNITY_COUNCIL':
      return 'LocalCommunityCouncil';
    case 'MAYORS_COLLEGIUM':
      return 'MayorsCollegium';
    case 'BOARD':
      return 'Board';
  }
}
