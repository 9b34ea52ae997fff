import type { RelationFact, ValidatedFacts } from '../facts/validateFacts.js';

/** An inconsistency in what a document states, kept in the graph as a Finding. */
export interface FindingFact {
  readonly id: string;
  readonly kind: 'VOTE_PRESENT_MISMATCH' | 'VOTE_COUNT_EXCEEDS_PRESENT';
  readonly severity: 'warning' | 'error';
  readonly message: string;
  /** Ids of the facts it is about (votes, sessions). */
  readonly concerns: readonly string[];
  readonly passageIds: readonly string[];
}

const VOTING_ROLES = new Set(['CHAIR', 'VICE_CHAIR', 'MEMBER']);

function targets(relations: readonly RelationFact[], type: string, from: string): RelationFact[] {
  return relations.filter((r) => r.type === type && r.from === from);
}

/**
 * Checks what a document states against itself: for each vote, whether the
 * number present matches the voting members of the body listed as attending
 * the session, and whether the counts add up. Pure: facts in, findings out.
 */
export function findInconsistencies(facts: ValidatedFacts): FindingFact[] {
  const nodes = new Map(facts.nodes.map((n) => [n.id, n]));
  const rels = facts.relations;
  const findings: FindingFact[] = [];

  for (const vote of facts.nodes.filter((n) => n.type === 'VoteEvent')) {
    const p = vote.properties as { present: number; for: number; against: number; abstained: number };
    if (p.for + p.against + p.abstained > p.present) {
      findings.push({
        id: `finding:${vote.id}:count-exceeds-present`,
        kind: 'VOTE_COUNT_EXCEEDS_PRESENT',
        severity: 'error',
        message: `${vote.id}: ${p.for} for + ${p.against} against + ${p.abstained} abstained is more than the ${p.present} present`,
        concerns: [vote.id],
        passageIds: vote.passageIds,
      });
    }
    for (const onResolution of targets(rels, 'VOTE_ON', vote.id)) {
      for (const adopted of targets(rels, 'ADOPTED_AT', onResolution.to).concat(
        sessionsOfItems(rels, onResolution.to),
      )) {
        const session = adopted.to;
        const bodies = new Set(targets(rels, 'OF_BODY', session).map((r) => r.to));
        const attendance = rels.filter((r) => r.type === 'ATTENDED' && r.to === session);
        const voting = attendance.filter((a) =>
          targets(rels, 'HOLDS', a.from).some((holds) => {
            const membership = nodes.get(holds.to);
            const role = membership?.properties['role'];
            return (
              typeof role === 'string' &&
              VOTING_ROLES.has(role) &&
              targets(rels, 'MEMBERSHIP_IN', holds.to).some((m) => bodies.has(m.to))
            );
          }),
        );
        if (voting.length > 0 && voting.length !== p.present) {
          const number = nodes.get(session)?.properties['number'];
          findings.push({
            id: `finding:${vote.id}:present-mismatch`,
            kind: 'VOTE_PRESENT_MISMATCH',
            severity: 'warning',
            message:
              `Session ${String(number ?? session)}: ${voting.length} voting members of the body are listed as present, ` +
              `but the vote on ${onResolution.to} records ${p.present} present.`,
            concerns: [vote.id, session],
            passageIds: [...vote.passageIds, ...new Set(voting.map((a) => String(a.properties['passageId'])))],
          });
        }
      }
    }
  }
  return dedupe(findings);
}

/** A resolution voted on an agenda item belongs to the item's session. */
function sessionsOfItems(rels: readonly RelationFact[], resolution: string): RelationFact[] {
  return targets(rels, 'ON_ITEM', resolution)
    .flatMap((item) => rels.filter((r) => r.type === 'HAS_ITEM' && r.to === item.to))
    .map((hasItem) => ({
      ...hasItem,
      to: hasItem.from,
    }));
}

function dedupe(findings: FindingFact[]): FindingFact[] {
  const seen = new Map<string, FindingFact>();
  for (const f of findings) if (!seen.has(f.id)) seen.set(f.id, f);
  return [...seen.values()];
}
