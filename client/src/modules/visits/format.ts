import dayjs from 'dayjs';
import type { CombinedError } from 'urql';
import { i18n } from '../../i18n/i18n';
import { firstRefusal, isTransportFailure, userMessage } from '../api/server-error';

// Small helpers shared by the visit, talk and action-item screens.

export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '');

/** Value of an `<input type="datetime-local">` for an instant, in the device's time zone. */
export const toLocalInput = (d: Date | string = new Date()) => dayjs(d).format('YYYY-MM-DDTHH:mm');
export const fromLocalInput = (value: string) => dayjs(value).toISOString();
export const todayPlus = (days: number) => dayjs().add(days, 'day').format('YYYY-MM-DD');

/**
 * What to tell the viewer about a failed request: the text of the server's reason in the viewer's
 * language, or a sentence for a transport failure (see `userMessage`, which this delegates to).
 */
export function serverMessage(error: CombinedError | undefined | null): string {
  return userMessage(error, i18n.t);
}

export function errorField(error: CombinedError | undefined | null): string | undefined {
  return firstRefusal(error)?.field;
}

/** True when the request never reached the server (offline, dropped connection). */
export const isNetworkFailure = (error: CombinedError | undefined | null) => isTransportFailure(error);

/** A number id for CASL conditions, which compare ids as numbers. */
export const num = (id: string | null | undefined) => (id == null ? null : Number(id));
