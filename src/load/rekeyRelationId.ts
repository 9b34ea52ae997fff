/**
 * A relationship's id once its end points are renamed (a merge, or a document
 * that still uses a merged id). Ids the validator made up from the end points
 * (`type:from>to[:distinct]`) follow them, so two documents stating the same
 * relation about the merged and the kept node meet on one relationship; ids a
 * facts file gave explicitly are kept.
 */
export function rekeyRelationId(
  id: string,
  type: string,
  before: { from: string; to: string },
  after: { from: string; to: string },
): string {
  const prefix = `${type.toLowerCase()}:${before.from}>${before.to}`;
  if (!id.startsWith(prefix)) return id;
  const rest = id.slice(prefix.length);
  if (rest !== '' && !rest.startsWith(':')) return id;
  return `${type.toLowerCase()}:${after.from}>${after.to}${rest}`;
}
