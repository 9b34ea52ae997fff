import { z } from 'zod';

/**
 * The shape of a facts file (YAML or JSON): one source document and what it
 * states. This is the format a curator reviews and an importer emits. Property
 * names per node or relation kind are checked afterwards against the
 * vocabulary, so that a message can name the fact.
 */

/** A passage of the document: `start` is a Unicode code point offset, `quote` the exact text there. */
export const evidenceSchema = z
  .object({
    start: z.number().int().nonnegative(),
    quote: z.string().min(1),
  })
  .strict();

const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]*:[a-z0-9][a-z0-9.-]*$/, 'ids look like "kind:slug" in lower case, e.g. "person:katja-struc"');

/**
 * A fact the importer is not sure of: why, and (for a name) the entities it
 * could be. Such a fact is validated but not loaded until a reviewer accepts
 * it by removing its `review` entry (or corrects it).
 */
export const reviewSchema = z
  .object({
    reason: z.string().min(1),
    candidates: z
      .array(
        z
          .object({
            id: z.string().min(1),
            name: z.string().min(1),
            score: z.number().min(0).max(1),
            method: z.string().min(1).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

export const documentSchema = z
  .object({
    id: idSchema,
    /** The stored text, relative to the facts file. */
    file: z.string().min(1),
    title: z.string().min(1),
    titleEn: z.string().min(1),
    kind: z.enum(['MINUTES', 'RESOLUTION', 'AGREEMENT', 'REPORT', 'OTHER']),
    language: z.string().regex(/^[a-z]{2,3}$/, 'an ISO 639 language code such as "sl"'),
    date: z.string().min(4),
    publisher: z.string().min(1).optional(),
    /** What the importer read: the original file's name and SHA-256, and the extractor that made the text. */
    originalFile: z.string().min(1).optional(),
    originalSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
    extractedWith: z.string().min(1).optional(),
  })
  .strict();

export const nodeFactSchema = z
  .object({
    id: idSchema,
    type: z.string().min(1),
    evidence: z.array(evidenceSchema).min(1, 'every fact needs at least one passage as evidence'),
    review: reviewSchema.optional(),
  })
  .catchall(z.unknown());

export const relationFactSchema = z
  .object({
    id: idSchema.optional(),
    type: z.string().min(1),
    from: z.string().min(1),
    to: z.string().min(1),
    evidence: evidenceSchema,
    properties: z.record(z.string(), z.unknown()).default({}),
    review: reviewSchema.optional(),
  })
  .strict();

export const factsFileSchema = z
  .object({
    document: documentSchema,
    nodes: z.array(nodeFactSchema),
    relations: z.array(relationFactSchema),
  })
  .strict();

export type Evidence = z.infer<typeof evidenceSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type DocumentFact = z.infer<typeof documentSchema>;
export type RawFactsFile = z.infer<typeof factsFileSchema>;
