import dayjs from 'dayjs';
import type { CombinedError } from 'urql';
import { currentLanguage } from '../../i18n/i18n';

// Small helpers shared by the visit, talk and action-item screens.

export const formatDateTime = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD') : '');

/** Value of an `<input type="datetime-local">` for an instant, in the device's time zone. */
export const toLocalInput = (d: Date | string = new Date()) => dayjs(d).format('YYYY-MM-DDTHH:mm');
export const fromLocalInput = (value: string) => dayjs(value).toISOString();
export const todayPlus = (days: number) => dayjs().add(days, 'day').format('YYYY-MM-DD');

/** The server's messages are "中文 / English"; show the half of the viewer's language. */
export function serverMessage(error: CombinedError | undefined | null): string {
  const raw = error?.graphQLErrors[0]?.message ?? error?.message ?? '';
  const [zh, en] = raw.split(' / ');
  if (!en) return raw;
  return currentLanguage() === 'en' ? en : zh;
}

export function errorField(error: CombinedError | undefined | null): string | undefined {
  const field = error?.graphQLErrors[0]?.extensions?.field;
  return typeof field === 'string' ? field : undefined;
}

/** True when the request never reached the server (offline, dropped connection). */
export const isNetworkFailure = (error: CombinedError | undefined | null) =>
  !!error?.networkError && !error.graphQLErrors.length;

/** A number id for CASL conditions, which compare ids as numbers. */
export const num = (id: string | null | undefined) => (id == null ? null : Number(id));
