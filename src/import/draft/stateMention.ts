import type { NodeType } from '../../facts/vocabulary.js';
import type { Mention, MentionKind } from '../recognise/relationsFound.js';
import { nameMatchScore } from '../names/namesMatch.js';
import { CERTAIN_MATCH, type ResolvedEntity } from '../resolve/createEntityResolver.js';
import type { DraftContext } from './DraftContext.js';
import { stateEntity } from './stateEntity.js';

function nodeType(kind: MentionKind): NodeType {
  // An organisation of unknown kind is drafted as a company; the review mark asks for its kind.
  return kind === 'Organization' ? 'Company' : kind;
}

/**
 * A name found in the prose, resolved against the graph and the gazetteer
 * and stated with its passage. Names read from prose that the graph does not
 * know are marked for review. Returns the entity, or undefined for an empty span.
 */
export function stateMention(ctx: DraftContext, mention: Mention, rule: string): ResolvedEntity | undefined {
  const want = {
    surface: mention.surface,
    type: nodeType(mention.kind),
    structured: false,
    ...(mention.base ? { base: mention.base } : {}),
    ...(mention.gazetteerId ? { gazetteerId: mention.gazetteerId } : {}),
  };
  // The body of the minutes speaking of itself ("Mestni svet Mestne občine X soglaša …") is that body.
  const body = ctx.body;
  if (
    body &&
    mention.kind === 'Organization' &&
    nameMatchScore(want.base ?? want.surface, body.name) >= CERTAIN_MATCH
  ) {
    return stateEntity(ctx.facts, body, mention.span, rule) ? body : undefined;
  }
  let entity = ctx.resolver.resolve(want);
  if (mention.kind === 'Organization' && !entity.existing && !entity.review) {
    entity = {
      ...entity,
      review: { reason: `"${mention.surface}" looks like an organisation of unknown kind: choose its kind` },
    };
  }
  const extra =
    mention.abbreviation && !entity.existing
      ? { abbreviation: mention.abbreviation, aliases: [mention.abbreviation] }
      : {};
  return stateEntity(ctx.facts, entity, mention.span, rule, extra) ? entity : undefined;
}
