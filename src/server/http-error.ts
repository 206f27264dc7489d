import type { ErrorBody } from '../shared/sync';

/**
 * An error with the HTTP status and JSON body to answer with. Routes throw it; the error-handler
 * plugin sends it.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
    this.name = 'HttpError';
  }
}

/**
 * A 400 for a request that failed its zod schema, listing what was wrong (first 20 issues).
 * @throws never
 */
export function validationError(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  what: string,
): HttpError {
  return new HttpError(400, {
    error: 'invalid-request',
    message: `The ${what} is not valid.`,
    details: issues.slice(0, 20).map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
  });
}
