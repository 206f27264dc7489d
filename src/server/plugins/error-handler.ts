import type { FastifyError } from 'fastify';
import type { ErrorBody } from '../../shared/sync';
import { HttpError } from '../http-error';
import { shareWithParent } from './share-with-parent';

/** Fastify's own 4xx codes, with the code and text a client should see. */
const KNOWN_CLIENT_ERRORS: Readonly<Record<string, { error: string; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    error: 'payload-too-large',
    message: 'The request body is larger than this server accepts.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    error: 'unsupported-media-type',
    message: 'Send JSON (content-type: application/json).',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { error: 'invalid-json', message: 'The JSON body is empty.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { error: 'invalid-json', message: 'The body is not valid JSON.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    error: 'invalid-request',
    message: 'The content length does not match the body.',
  },
};

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'statusCode' in error;
}

function toReply(error: unknown): { statusCode: number; body: ErrorBody } {
  if (error instanceof HttpError) return { statusCode: error.statusCode, body: error.body };
  if (isFastifyError(error) && error.statusCode !== undefined && error.statusCode < 500) {
    if (error.statusCode === 429) {
      return { statusCode: 429, body: { error: 'too-many-requests', message: error.message } };
    }
    const known = KNOWN_CLIENT_ERRORS[error.code];
    // Syntax errors from JSON.parse (and prototype-poisoning refusals) arrive with status 400.
    return {
      statusCode: error.statusCode,
      body: known ?? { error: 'invalid-request', message: error.message },
    };
  }
  return {
    statusCode: 500,
    body: { error: 'internal-error', message: 'The server failed; the request can be retried.' },
  };
}

/**
 * Every error becomes a JSON ErrorBody; 5xx are logged with their stack, 4xx without (they are
 * the client's business and would flood the logs).
 */
export const errorHandlerPlugin = shareWithParent((app) => {
  app.setErrorHandler((error, request, reply) => {
    const { statusCode, body } = toReply(error);
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ statusCode, error: body.error }, 'request refused');
    return reply.code(statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: 'not-found',
      message: `No route ${request.method} ${request.url.split('?')[0] ?? ''}.`,
    } satisfies ErrorBody),
  );
});
