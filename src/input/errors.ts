import type { ErrorCode } from '../types.js';

/** A problem with one input file: reported on one line, never as a stack trace. */
export class InputError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}
