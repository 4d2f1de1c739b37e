import type { TFunction } from 'i18next';
import { isRouteErrorResponse } from 'react-router-dom';

/**
 * The fields of the API layer's ApiError that the UI shows. src/lib imports nothing of the console, so it reads
 * them by shape; describe-error.test.ts holds it to the real class.
 */
export interface ApiErrorFields extends Error {
  name: 'ApiError';
  kind: 'http' | 'network' | 'timeout' | 'aborted' | 'invalid-response' | 'no-session';
  status?: number;
  faultName?: string;
  requestId?: string;
}

function isApiError(error: unknown): error is ApiErrorFields {
  return error instanceof Error && error.name === 'ApiError' && typeof (error as Partial<ApiErrorFields>).kind === 'string';
}

export interface ErrorDescription {
  /** What failed, in plain words of the UI language. */
  summary: string;
  /** The server's own message (verbatim) or the error's message, when it adds something to the summary. */
  message?: string;
  status?: number;
  faultName?: string;
  requestId?: string;
}

// Chromium, Firefox and Safari word a failed dynamic import differently; after a deploy the old chunks are gone.
const chunkLoadFailure = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && chunkLoadFailure.test(error.message);
}

/** Turns anything thrown into what the UI shows: a translated summary plus the server's details for an ApiError. */
export function describeError(error: unknown, t: TFunction<'errors'>): ErrorDescription {
  if (isApiError(error)) {
    const fromServer = error.kind === 'http' || error.kind === 'invalid-response';
    return {
      summary: t(`kind.${error.kind}`),
      message: fromServer && error.message ? error.message : undefined,
      status: error.status,
      faultName: error.faultName,
      requestId: error.requestId,
    };
  }
  if (isRouteErrorResponse(error)) {
    return { summary: t('unknown'), message: `${error.status} ${error.statusText}`.trim(), status: error.status };
  }
  if (isChunkLoadError(error)) return { summary: t('chunk') };
  if (error instanceof Error && error.message) return { summary: t('unknown'), message: error.message };
  return { summary: t('unknown') };
}
