import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useQuery } from 'urql';
import type { NotificationKind } from '../../gql/graphql';
import { useAppAbility } from '../auth';
import { DueSummaryQuery } from './due-summary-document';

/**
 * What is due for the viewer now, per kind: the server computes it with the inbox's and the
 * digest's own definition, so the home's counts, the bell's list and the morning digest agree.
 * Every home that shows a count of due things takes it from here (one request, shared by urql).
 */
export function useDueSummary() {
  const pause = !useAppAbility().can('read', 'Notification');
  const [{ data, error, fetching }] = useQuery({ query: DueSummaryQuery, pause, requestPolicy: 'cache-and-network' });
  return { kinds: data?.dueSummary ?? null, error, fetching, hidden: pause };
}

/** Where a kind is dealt with: its own list where one exists, else its group in the inbox. */
export function dueLink(kind: NotificationKind): string {
  if (kind === 'PAIRING_OVERDUE') return '/pairings?overdue=1';
  if (kind === 'REVIEW_WAITING') return '/reviews';
  return `/inbox#due-${kind}`;
}

/**
 * 待办 on each role's home: one line per kind with its count and how many are late, each a link
 * to where it is handled. Plain markup: it sits on the first screen of a phone.
 */
export function DueSummary() {
  const { t } = useTranslation();
  const { kinds, error, hidden } = useDueSummary();
  // No inbox (the sysadmin, the auditor), or no answer and no cached one (offline): say nothing
  // rather than "nothing due".
  if (hidden || (error && !kinds)) return null;
  return (
    <section className="due-summary" aria-labelledby="due-summary-title" data-testid="home-due-summary">
      <h3 id="due-summary-title" className="due-summary-title">
        {t('reminders.summary.title')}
      </h3>
      {kinds === null ? (
        <p className="due-summary-empty" aria-busy="true">
          …
        </p>
      ) : kinds.length === 0 ? (
        <p className="due-summary-empty" data-testid="home-due-none">
          {t('reminders.summary.none')}
        </p>
      ) : (
        <ul className="due-summary-list">
          {kinds.map((k) => (
            <li key={k.kind}>
              <Link
                to={dueLink(k.kind)}
                data-testid={`home-due-${k.kind}`}
                data-count={k.count}
                aria-label={t('reminders.summary.open', { kind: t(`reminders.short.${k.kind}`), count: k.count })}
              >
                <span className="due-summary-count" data-late={k.overdue > 0}>
                  {k.count}
                </span>
                <span className="due-summary-label">{t(`reminders.short.${k.kind}`)}</span>
                {k.overdue > 0 ? (
                  <span className="due-summary-late">{t('reminders.summary.late', { count: k.overdue })}</span>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
