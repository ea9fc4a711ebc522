import type { TFunction } from 'i18next';
import type { CombinedError } from 'urql';
import { currentLanguage } from '../../i18n/i18n';

// The one place that turns a failed request into words for the viewer. A transport failure
// ("[Network] Failed to fetch") or a gateway's 5xx page is never shown as such: the viewer gets a
// sentence in their language. The server's own messages are "中文 / English"; the viewer's half is shown.

type Failure = CombinedError | Error | null | undefined;

const isCombined = (error: Failure): error is CombinedError =>
  !!error && 'graphQLErrors' in error && Array.isArray((error as CombinedError).graphQLErrors);

/** The HTTP status of a failed response, when there was one. */
function httpStatus(error: CombinedError): number | undefined {
  const response = error.response as { status?: unknown } | undefined;
  return typeof response?.status === 'number' ? response.status : undefined;
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

/** The server's own message ("中文 / English") in the viewer's language; '' when there is none. */
export function localizedServerMessage(raw: string | undefined): string {
  if (!raw) return '';
  const [zh, en] = raw.split(' / ');
  if (!en) return raw;
  return currentLanguage() === 'en' ? en : zh;
}

/** What to tell the viewer about a failed request. */
export function userMessage(error: Failure, t: TFunction): string {
  if (!error) return '';
  // A plain fetch (a file download) that got an HTTP answer: its status says whose fault it was.
  const status = isCombined(error) ? undefined : (error as { status?: unknown }).status;
  if (typeof status === 'number') {
    if (status >= 500) return t('common.serverUnavailable');
    return localizedServerMessage(error.message) || t('common.networkFailure');
  }
  if (isTransportFailure(error)) {
    const status = isCombined(error) ? httpStatus(error) : undefined;
    return status !== undefined && status >= 500 ? t('common.serverUnavailable') : t('common.networkFailure');
  }
  const first = (error as CombinedError).graphQLErrors[0];
  return localizedServerMessage(first?.message) || t('common.serverUnavailable');
}
