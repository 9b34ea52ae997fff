/** A merge an editor asked for that cannot be done; nothing was changed. The message says why. */
export class MergeRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MergeRefusedError';
  }
}
