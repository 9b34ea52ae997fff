import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { stringify } from 'yaml';
import { draftDocument } from '../../import/draftDocument.js';
import { ImportError } from '../../import/extract/ImportError.js';
import { summarizeDraft } from '../../import/report/summarizeDraft.js';
import { writeReport } from '../../import/report/writeReport.js';
import { readKnownGraph } from '../../import/resolve/knownGraph.js';
import { candidateIds, draftProposals, type CandidateLookup } from '../../import/review/draftProposals.js';
import { relationKey } from '../../import/review/factKey.js';
import { NODE_TYPES } from '../../facts/vocabulary.js';
import { EDITOR_ROLE } from '../auth/accessControlPlugin.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import { ImportDraft } from './draftImport.type.js';

/** The largest document the API drafts (the CLI takes up to 50 MB). */
const MAX_API_DOCUMENT_BYTES = 15 * 1024 * 1024;

function documentBytes(text: string | undefined, contentBase64: string | undefined): Uint8Array {
  if ((text === undefined) === (contentBase64 === undefined)) {
    throw badUserInput(
      'give the document either as text or as contentBase64 (a file), not both and not neither',
      'text',
    );
  }
  if (text !== undefined) return new TextEncoder().encode(text);
  const b64 = (contentBase64 ?? '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 === 1) {
    throw badUserInput('contentBase64 is not base64', 'contentBase64');
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** The kind and name of each candidate id the graph holds: one parameterised query. */
async function lookUpCandidates(ctx: ApiContext, ids: readonly string[]): Promise<CandidateLookup> {
  if (ids.length === 0) return new Map();
  const { records } = await ctx.executionContext.executeQuery(
    `MATCH (n:Entity) WHERE n.id IN $ids
     RETURN n.id AS id, [l IN labels(n) WHERE l IN $kinds][0] AS type, coalesce(n.name, n.id) AS name`,
    { ids, kinds: NODE_TYPES },
    { database: ctx.database, routing: 'READ' },
  );
  return new Map(
    records.map((r) => [String(r.get('id')), { type: String(r.get('type') ?? ''), name: String(r.get('name')) }]),
  );
}

@Resolver()
export class DraftImportResolver {
  /**
   * The importer through the API: a minutes document (text, or a DOCX, PDF
   * or HTML file as base64) becomes a draft facts file and its report, linked
   * to what the graph holds. Writes nothing; editors load the reviewed draft
   * with importFacts.
   */
  @Mutation(() => ImportDraft, {
    description:
      'Draft facts from a minutes document (editor role): the text, or a DOCX/PDF/HTML/text file as base64. ' +
      'Returns the facts file (YAML) with every doubtful fact marked for review, the stored text and a report; writes nothing. ' +
      'Load the reviewed draft with importFacts(facts:, documentText:).',
  })
  async draftImport(
    @Arg('fileName', () => String, { description: 'The file name, e.g. "zapisnik-5-seje.pdf" (a hint to its format).' })
    fileName: string,
    @Arg('text', () => String, { nullable: true, description: 'The document as plain text.' }) text: string | undefined,
    @Arg('contentBase64', () => String, {
      nullable: true,
      description: 'The file, base64-encoded (DOCX, PDF, HTML or text).',
    })
    contentBase64: string | undefined,
    @Ctx() ctx: ApiContext,
  ): Promise<ImportDraft> {
    if (!ctx.caller.roles.includes(EDITOR_ROLE)) {
      throw new GraphQLError(`drafting imports needs the "${EDITOR_ROLE}" role`, { extensions: { code: 'FORBIDDEN' } });
    }
    const bytes = documentBytes(text ?? undefined, contentBase64 ?? undefined);
    const name = fileName.trim() || 'document';
    const graph = await readKnownGraph(ctx.executionContext, ctx.database);
    try {
      const drafted = await draftDocument(bytes, name, {
        graph,
        documentFile: 'document.txt',
        maxBytes: MAX_API_DOCUMENT_BYTES,
      });
      const { draft } = drafted;
      const s = summarizeDraft(draft);
      const review = [
        ...draft.nodes.filter((n) => n.review).map((n) => ({ fact: n.id, review: n.review, evidence: n.evidence[0] })),
        ...draft.relations
          .filter((r) => r.review)
          .map((r) => ({ fact: relationKey(r), review: r.review, evidence: r.evidence })),
      ];
      const lookup = await lookUpCandidates(ctx, candidateIds(draft.facts));
      return {
        documentId: s.documentId,
        format: drafted.format,
        extractedWith: drafted.extractedWith,
        originalSha256: draft.facts.document.originalSha256 ?? '',
        documentText: drafted.text,
        facts: stringify(draft.facts, { lineWidth: 0 }),
        report: writeReport(draft, { fileName: drafted.fileName, extractedWith: drafted.extractedWith }),
        nodes: s.nodes,
        relations: s.relations,
        linked: s.linked,
        created: s.created,
        review: review.map((r) => ({
          fact: r.fact,
          reason: r.review?.reason ?? '',
          quote: r.evidence?.quote ?? '',
          start: r.evidence?.start ?? 0,
          candidates: (r.review?.candidates ?? []).map((c) => c.id),
        })),
        proposals: draftProposals(draft.facts, lookup).map((p) => ({ ...p, candidates: [...p.candidates] })),
        notes: [...draft.notes],
      };
    } catch (error) {
      if (error instanceof ImportError)
        throw badUserInput(error.message, contentBase64 ? 'contentBase64' : 'text', { reason: error.code });
      throw error;
    }
  }
}
