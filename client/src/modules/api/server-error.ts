import { isErrorReason, PairingStatus } from '@tongxin/schema';
import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';

// The one place that turns a failed request into words for the viewer. A transport failure
// ("[Network] Failed to fetch") or a gateway's 5xx page is never shown as such, and neither is
// the server's message (an English sentence for API users): the viewer gets the text of the
// refusal's reason (`extensions.reason`) from the messages files, in their language.

type Failure = CombinedError | Error | null | undefined;

/** A refusal as the server coded it: what went wrong, why, and which input field it is about. */
export interface ServerRefusal {
  code?: string;
  reason?: string;
  field?: string;
  params: Record<string, unknown>;
}

const isCombined = (error: Failure): error is CombinedError =>
  !!error && 'graphQLErrors' in error && Array.isArray((error as CombinedError).graphQLErrors);

/** The HTTP status of a failed response, when there was one. */
function httpStatus(error: CombinedError): number | undefined {
  const response = error.response as { status?: unknown } | undefined;
  return typeof response?.status === 'number' ? response.status : undefined;
}

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The server's coded refusal in a GraphQL error's extensions or a download's JSON body. */
export function refusalOf(extensions: Record<string, unknown> | undefined): ServerRefusal {
  const { code, reason, field, ...params } = extensions ?? {};
  return { code: text(code), reason: text(reason), field: text(field), params };
}

/**
 * True when the server gave no answer of its own: offline, a dropped connection, a gateway error.
 * The request may or may not have been carried out, so only a request with a client key may be resent.
 */
export function isTransportFailure(error: Failure): boolean {
  if (!error) return false;
  if (!isCombined(error)) return true;
  return !!error.networkError && !error.graphQLErrors.length;
}

/** The first refusal of a failed GraphQL request; null when the server sent none. */
export function firstRefusal(error: CombinedError | null | undefined): ServerRefusal | null {
  const first = error?.graphQLErrors[0];
  return first ? refusalOf(first.extensions) : null;
}

/** A refusal's reason in the viewer's language; a reason this portal does not know reads as a generic refusal. */
export function reasonMessage(refusal: ServerRefusal, t: TFunction): string {
  if (!isErrorReason(refusal.reason)) return t('common.requestRefused');
  // A pairing's status is sent as its code and shown as its name.
  const status = refusal.params.status as PairingStatus | undefined;
  const known = status && Object.values(PairingStatus).includes(status);
  const values = known ? { ...refusal.params, status: t(`pairings.status.${status}`) } : refusal.params;
  return t(`errors.${refusal.reason}`, values);
}

/** What to tell the viewer about a failed request. */
export function userMessage(error: Failure, t: TFunction): string {
  if (!error) return '';
  // A plain fetch (a file download) that got an HTTP answer: its status says whose fault it was.
  const status = isCombined(error) ? undefined : (error as { status?: unknown }).status;
  if (typeof status === 'number') {
    if (status >= 500) return t('common.serverUnavailable');
    return reasonMessage(refusalOf((error as { body?: Record<string, unknown> }).body), t);
  }
  if (isTransportFailure(error)) {
    const status = isCombined(error) ? httpStatus(error) : undefined;
    return status !== undefined && status >= 500 ? t('common.serverUnavailable') : t('common.networkFailure');
  }
  const refusal = firstRefusal(error as CombinedError);
  return refusal ? reasonMessage(refusal, t) : t('common.serverUnavailable');
}
