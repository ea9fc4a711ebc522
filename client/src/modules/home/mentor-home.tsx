import { useEffect } from 'react';
import { CloudUploadOutlined, CommentOutlined, EditOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDate, overdueDays, useRelativeDay } from '../../ui/dates';
import { LightAlert, LightButton, LightCard, LightEmpty, LightTag } from '../../ui/light-ui';
import { LoadFailed } from '../../ui/load-failed';
import { useViewer } from '../auth';
import { useVisitOutbox } from '../visits/use-visit-outbox';
import { MentorHomeQuery } from '../visits/visit-documents';
import { useMentorOfflineSync } from './use-mentor-offline-sync';

/**
 * The mentor's home: each mentee with the last contact, when the next is due (overdue in red),
 * the last five visits and the open action items, and one tap to log a visit. Plain markup
 * (ui/light-ui.tsx): it is the first page a mentor's phone loads. `onReady` hears of the first
 * answer (or failure), once.
 */
export function MentorHome({ onReady }: { onReady?: () => void }) {
  const { t } = useTranslation();
  const me = useViewer();
  const navigate = useNavigate();
  const relative = useRelativeDay();
  const { pending } = useVisitOutbox();
  const [{ data, fetching, error }, reload] = useQuery({
    query: MentorHomeQuery,
    variables: { mentorId: me.id },
    requestPolicy: 'cache-and-network',
  });
  const pairings = data?.pairings.edges.map((e) => e.node) ?? [];
  useMentorOfflineSync(data ? pairings : undefined);
  // An answer, a failure, or a request that ended without either (data: null).
  const answered = Boolean(data || error) || !fetching;
  useEffect(() => {
    if (answered) onReady?.();
  }, [answered, onReady]);

  return (
    <div className="tx-stack" style={{ gap: 12 }} data-testid="mentor-home">
      <h3 className="tx-h3">{t('visits.mentorHome.title')}</h3>
      {pending.length > 0 && (
        <LightAlert tone="warning" icon={<CloudUploadOutlined />} data-testid="visit-outbox-pending">
          {t('visits.form.pendingCount', { count: pending.length })}
        </LightAlert>
      )}
      {error && !data && <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {!fetching && data && pairings.length === 0 && <LightEmpty description={t('visits.mentorHome.empty')} />}
      {pairings.map((p) => (
        <LightCard
          key={p.id}
          data-testid={`mentee-card-${p.id}`}
          data-overdue={p.overdue}
          style={p.overdue ? { borderColor: 'var(--tx-error)' } : undefined}
          titleAs="h4"
          title={
            <span className="tx-row" style={{ gap: 8 }}>
              <Link to={`/pairings/${p.id}`} data-testid="mentee-name">
                {p.mentee.name}
              </Link>
              {p.overdue && (
                <LightTag red data-testid="mentee-overdue">
                  <WarningOutlined style={{ marginInlineEnd: 4 }} />
                  {t('common.overdueDays', { count: Math.max(1, overdueDays(p.nextContactDue)) })}
                </LightTag>
              )}
            </span>
          }
        >
          <div className="tx-stack" style={{ gap: 8 }}>
            <div className="tx-row" style={{ justifyContent: 'space-between', gap: 8 }}>
              <span className="tx-secondary">
                {t('visits.mentorHome.lastContact')}
                {t('common.colon')}
                <span data-testid="mentee-last-contact" title={p.lastContactAt ?? undefined}>
                  {p.lastContactAt ? relative(p.lastContactAt) : t('visits.mentorHome.never')}
                </span>
              </span>
              <span className={p.overdue ? 'tx-danger tx-strong' : 'tx-secondary'}>
                {t('visits.mentorHome.nextDue')}
                {t('common.colon')}
                <span data-testid="mentee-next-due">
                  {formatDate(p.nextContactDue)}
                  {p.nextContactDue && !p.overdue ? ` (${relative(p.nextContactDue)})` : ''}
                </span>
              </span>
            </div>
            {p.visits.length > 0 && (
              <div data-testid="mentee-recent-visits">
                <strong>{t('visits.mentorHome.recentVisits')}</strong>
                <ul className="plain-list">
                  {p.visits.map((v) => (
                    <li key={v.id} data-testid={`recent-visit-${v.id}`}>
                      <Link to={`/visits/${v.id}`}>
                        {formatDate(v.occurredAt)} · {t(`visits.kind.${v.kind}`)}
                      </Link>
                      {!v.acknowledgedAt && (
                        <LightTag style={{ marginInlineStart: 8 }}>{t('visits.mentorHome.unacknowledged')}</LightTag>
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div data-testid="mentee-open-items">
              <strong>
                {t('visits.mentorHome.openItems')} ({p.actionItems.length})
              </strong>
              {p.actionItems.length === 0 ? (
                <p className="tx-secondary" style={{ margin: '4px 0 0' }}>
                  {t('visits.mentorHome.noOpenItems')}
                </p>
              ) : (
                <ul className="plain-list">
                  {p.actionItems.map((item) => (
                    <li key={item.id} data-testid={`open-item-${item.id}`}>
                      <span>{item.description}</span>
                      <span className={`tx-small ${item.overdue ? 'tx-danger' : 'tx-secondary'}`}>
                        {t('actionItems.owner')}
                        {t('common.colon')}
                        {item.owner.name} · {t('actionItems.due', { date: item.dueDate })}
                        {item.overdue ? ` · ${t('common.overdueDays', { count: overdueDays(item.dueDate) })}` : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="tx-row" style={{ gap: 8, flexWrap: 'nowrap' }}>
              <LightButton
                variant="primary"
                size="large"
                block
                icon={<EditOutlined />}
                onClick={() => navigate(`/visits/new?pairingId=${p.id}`)}
                data-testid={`log-visit-${p.id}`}
              >
                {t('visits.logVisit')}
              </LightButton>
              <LightButton
                size="large"
                block
                icon={<CommentOutlined />}
                onClick={() => navigate(`/talks/new?talkeeId=${p.mentee.id}&pairingId=${p.id}`)}
                data-testid={`record-talk-${p.id}`}
              >
                {t('visits.mentorHome.recordTalk')}
              </LightButton>
            </div>
          </div>
        </LightCard>
      ))}
    </div>
  );
}
