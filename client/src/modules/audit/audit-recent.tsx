import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useClient, useQuery } from 'urql';
import type { AuditEventsQuery as AuditEventsResult } from '../../gql/graphql';
import { LightButton, LightCard, LightEmpty, LightTag } from '../../ui/light-ui';
import { LoadFailed } from '../../ui/load-failed';
import { auditTime, describeEvent, useAuditLabels } from './audit-describe';
import { AuditEventsQuery } from './audit-documents';
import './audit-recent.css';

const PAGE = 20;
type Connection = AuditEventsResult['auditEvents'];
type Row = Connection['edges'][number]['node'];

/**
 * The auditor's home: the latest events, newest first, each with what the full log says of it,
 * older ones on demand. Plain markup (no antd, no table): the filters, the person column and the
 * period picker stay on /audit, one link away. Older pages are appended to the one list, so a
 * screen reader hears one list growing, not a list per page.
 */
export function AuditRecent() {
  const { t } = useTranslation();
  const client = useClient();
  const [{ data, error }, reload] = useQuery({
    query: AuditEventsQuery,
    variables: { first: PAGE },
    requestPolicy: 'cache-and-network',
  });
  const [older, setOlder] = useState<{ rows: Row[]; pageInfo: Connection['pageInfo'] } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);

  const fullLog = (testId: string, block = false) => (
    <Link to="/audit" className={block ? 'tx-btn tx-btn-block' : 'tx-btn tx-btn-sm'} data-testid={testId}>
      {t('audit.recent.fullLog')}
    </Link>
  );
  const card = (body: ReactNode) => (
    <LightCard title={t('audit.recent.title')} extra={fullLog('audit-full-log')} data-testid="audit-recent">
      {body}
    </LightCard>
  );

  if (error && !data) return card(<LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />);
  if (!data) return card(<div className="tx-home-loading" role="status" aria-label={t('app.loading')} />);

  const latest = data.auditEvents;
  // A refresh of the first page may bring events already appended below: each is listed once.
  const shown = new Set(latest.edges.map((e) => e.node.id));
  const rows = [...latest.edges.map((e) => e.node), ...(older?.rows.filter((r) => !shown.has(r.id)) ?? [])];
  const pageInfo = older?.pageInfo ?? latest.pageInfo;

  const loadOlder = async () => {
    if (loading || !pageInfo.endCursor) return;
    setLoading(true);
    setFailed(false);
    const result = await client
      .query(AuditEventsQuery, { first: PAGE, after: pageInfo.endCursor }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoading(false);
    if (!result.data) return setFailed(true);
    const page = result.data.auditEvents;
    setOlder((o) => ({ rows: [...(o?.rows ?? []), ...page.edges.map((e) => e.node)], pageInfo: page.pageInfo }));
  };

  return card(
    <div className="tx-stack" style={{ gap: 12 }}>
      <p className="tx-secondary" style={{ margin: 0 }}>
        {t('audit.recent.hint')}
      </p>
      {rows.length === 0 ? (
        <LightEmpty description={t('audit.recent.empty')} />
      ) : (
        <>
          <span className="tx-secondary" data-testid="audit-recent-shown">
            {t('audit.recent.shown', { shown: rows.length, count: latest.totalCount })}
          </span>
          <ol className="tx-audit-list" aria-label={t('audit.recent.list')}>
            {rows.map((row) => (
              <RecentEvent key={row.id} row={row} />
            ))}
          </ol>
        </>
      )}
      {failed && (
        <p className="tx-danger" role="alert" style={{ margin: 0 }}>
          {t('audit.recent.moreFailed')}
        </p>
      )}
      {pageInfo.hasNextPage && pageInfo.endCursor ? (
        <LightButton block loading={loading} onClick={() => void loadOlder()} data-testid="audit-more">
          {t('audit.more')}
        </LightButton>
      ) : null}
      {rows.length > 0 && fullLog('audit-full-log-end', true)}
    </div>,
  );
}

/** One event: its action and time, who, on what, and the details as the full log words them. */
function RecentEvent({ row }: { row: Row }) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const sentence = describeEvent(row, t);
  const read = row.action.startsWith('read:');
  return (
    <li className="tx-audit-event" data-testid={`audit-event-${row.id}`}>
      <div className="tx-row tx-audit-event-head">
        {/* Reads of confidential records stand out, as in the full log. */}
        <LightTag red={read} blue={!read}>
          {labels.action(row.action)}
        </LightTag>
        <time className="tx-secondary" dateTime={row.createdAt}>
          {auditTime(row.createdAt)}
        </time>
      </div>
      <dl className="tx-descriptions tx-descriptions-compact tx-audit-fields">
        <div>
          <dt>{t('audit.column.actor')}</dt>
          <dd>
            {row.actor ? (
              `${row.actor.name} · ${row.actor.badgeNumber}`
            ) : (
              <span className="tx-secondary">{t('audit.unknownActor')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('audit.column.subject')}</dt>
          <dd>
            {labels.subject(row.subjectType)}
            {row.subjectId ? ` #${row.subjectId}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('audit.column.detail')}</dt>
          <dd data-testid="audit-detail">
            {sentence.text || <span className="tx-secondary">{t('audit.detail.none')}</span>}
            {sentence.records.length > 0 && (
              // The records named, folded as in the full log; plain ids: the auditor opens no record.
              <details className="tx-audit-ids">
                <summary>{t('audit.detail.showIds')}</summary>
                {sentence.records.map((g) => (
                  <div key={g.type} data-testid={`audit-ids-${g.type}`}>
                    <span className="tx-secondary">{g.label}</span> {g.ids.map((id) => `#${id}`).join('、')}
                  </div>
                ))}
              </details>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
