/**
 * A request for a graph view that cannot be answered as asked: a bad depth,
 * node cap or kind, or an id that names no suitable node. The message says
 * which argument is wrong and what is allowed; the GraphQL fields answer it
 * as BAD_USER_INPUT and the HTTP export as 400.
 */
export class GraphViewError extends Error {
  /** The argument at fault, as the caller named it (`depth`, `focus`, `of`…). */
  readonly argument: string;

  constructor(argument: string, message: string) {
    super(message);
    this.name = 'GraphViewError';
    this.argument = argument;
  }
}
