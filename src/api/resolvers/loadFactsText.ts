import type { ManagedTransaction } from 'neo4j-driver';
import { parse as parseYaml } from 'yaml';
import { factsFileSchema, type RawFactsFile } from '../../facts/factsSchema.js';
import { FactsError, validateFacts } from '../../facts/validateFacts.js';
import { ensureSchema } from '../../load/ensureSchema.js';
import { loadFacts, type LoadOptions } from '../../load/loadFacts.js';
import { badUserInput } from '../badUserInput.js';
import type { ApiContext } from '../context.js';
import type { ImportReport } from './importFacts.type.js';

export interface LoadFactsTextOptions {
  /** Changes the parsed facts file before it is validated (a reviewer's decisions); may throw a GraphQLError. */
  readonly prepare?: (file: RawFactsFile) => RawFactsFile | Promise<RawFactsFile>;
  /** More writes in the load's transaction, given the document id. */
  readonly alsoInTransaction?: (tx: ManagedTransaction, documentId: string) => Promise<void>;
  /** Who loads and how, recorded as an `:AuditEvent` in the load's transaction (unless it changes nothing). */
  readonly audit?: LoadOptions['audit'];
}

/**
 * The one way the API loads a facts file (importFacts, loadReviewedDraft):
 * parse the YAML or JSON, validate it against the document text like
 * `npm run seed` does, and load it in one transaction. A refused file is a
 * BAD_USER_INPUT error listing its problems, and changes nothing.
 */
export async function loadFactsText(
  ctx: ApiContext,
  facts: string,
  documentText: string,
  options: LoadFactsTextOptions = {},
): Promise<ImportReport> {
  let raw: unknown;
  try {
    raw = parseYaml(facts);
  } catch (error) {
    throw badUserInput(`facts: not YAML or JSON: ${(error as Error).message.split('\n')[0]}`, 'facts');
  }
  try {
    if (options.prepare) {
      const parsed = factsFileSchema.safeParse(raw);
      // An ill-formed file is refused with the validator's own problems.
      if (!parsed.success) validateFacts('facts', raw, documentText);
      else raw = await options.prepare(parsed.data);
    }
    const validated = validateFacts('facts', raw, documentText);
    await ensureSchema(ctx.executionContext, ctx.database);
    const also = options.alsoInTransaction;
    const report = await loadFacts(ctx.executionContext, ctx.database, validated, {
      ...(also ? { alsoInTransaction: (tx: ManagedTransaction) => also(tx, validated.document.id) } : {}),
      ...(options.audit ? { audit: options.audit } : {}),
    });
    return { ...report, pending: validated.pending.length };
  } catch (error) {
    if (error instanceof FactsError) {
      const problems = error.problems.map((p) => `${p.fact}: ${p.problem}`);
      throw badUserInput(error.message, 'facts', { problems });
    }
    throw error;
  }
}
