import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDateTime, RelativeDate } from '../../ui/dates';
import { LightCard, LightEmpty, LightTag } from '../../ui/light-ui';
import { LoadFailed } from '../../ui/load-failed';
import { ItemDue } from '../action-items/item-due';
import { useViewer } from '../auth';
import { OfficerHomeQuery } from '../visits/visit-documents';
import { HomeAcknowledgeVisit, HomeItemActions } from './officer-actions';

/**
 * The officer's own page: their pairing and mentors, the visits waiting for their signature and
 * their action items. It never asks for confidential notes or assessments, so there is nothing
 * to hide. `compact` (a leader who is also an officer) leaves out empty sections. `onReady` hears
 * of the first answer (or failure), once.
 */
export function OfficerHome({ compact = false, onReady }: { compact?: boolean; onReady?: () => void }) {
  const { t } = useTranslation();
  const me = useViewer();
  const [{ data, error, fetching }, reload] = useQuery({
    query: OfficerHomeQuery,
    variables: { me: me.id },
    requestPolicy: 'cache-and-network',
  });
  // An answer, a failure, or a request that ended without either (data: null).
  const answered = Boolean(data || error) || !fetching;
  useEffect(() => {
    if (answered) onReady?.();
  }, [answered, onReady]);
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const pairings = data.pairings.edges.map((e) => e.node);
  const visits = data.visits.edges.map((e) => e.node);
  const items = data.actionItems.edges.map((e) => e.node);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <div className="tx-stack" style={{ gap: 12 }} data-testid="officer-home">
      {(!compact || pairings.length > 0) && (
        <LightCard title={t('visits.officerHome.pairing')} data-testid="officer-pairing">
          {pairings.length === 0 && <LightEmpty description={t('visits.officerHome.noPairing')} />}
          {pairings.map((p) => (
            <dl key={p.id} className="tx-descriptions tx-descriptions-compact" style={{ gridTemplateColumns: '1fr' }}>
              <div>
                <dt>{t('visits.officerHome.mentors')}</dt>
                <dd className="tx-row" style={{ gap: 4 }} data-testid="officer-mentors">
                  {p.mentors.map((m) => (
                    <LightTag key={m.officer.id} red={m.role === 'LEAD'}>
                      {m.officer.name} ·{' '}
                      {t(m.role === 'LEAD' ? 'visits.officerHome.lead' : 'visits.officerHome.support')}
                    </LightTag>
                  ))}
                </dd>
              </div>
              <div>
                <dt>{t('visits.officerHome.goals')}</dt>
                <dd>{p.goals}</dd>
              </div>
              <div>
                <dt>{t('visits.officerHome.period')}</dt>
                <dd>
                  {p.startDate} ~ {p.plannedEndDate}
                </dd>
              </div>
              <div>
                <dt>{t('visits.mentorHome.lastContact')}</dt>
                <dd>{p.lastContactAt ? formatDateTime(p.lastContactAt) : t('visits.mentorHome.never')}</dd>
              </div>
            </dl>
          ))}
        </LightCard>
      )}
      {(!compact || visits.length > 0) && (
        <LightCard title={t('visits.officerHome.toAcknowledge')} data-testid="officer-to-acknowledge">
          {visits.length === 0 && <span className="tx-secondary">{t('visits.officerHome.nothingToAcknowledge')}</span>}
          <div className="tx-stack" style={{ gap: 16 }}>
            {visits.map((v) => (
              <div key={v.id} className="tx-stack" style={{ gap: 6 }} data-testid={`ack-item-${v.id}`}>
                <div className="tx-row" style={{ gap: 8 }}>
                  <LightTag blue>{t(`visits.kind.${v.kind}`)}</LightTag>
                  <span className="tx-secondary">
                    <RelativeDate value={v.occurredAt} time />
                    {v.location ? ` · ${v.location}` : ''} · {v.author.name}
                  </span>
                </div>
                <p style={{ margin: 0 }}>{v.summary}</p>
                {v.observations && (
                  <p className="tx-secondary" style={{ margin: 0 }}>
                    {t('visits.field.observations')}
                    {t('common.colon')}
                    {v.observations}
                  </p>
                )}
                <HomeAcknowledgeVisit visit={v} onDone={refresh} />
              </div>
            ))}
          </div>
        </LightCard>
      )}
      {(!compact || items.length > 0) && (
        <LightCard title={t('visits.officerHome.myItems')} data-testid="officer-items">
          {items.length === 0 && <span className="tx-secondary">{t('visits.officerHome.noItems')}</span>}
          <div className="tx-stack" style={{ gap: 12 }}>
            {items.map((item) => (
              <div key={item.id} className="tx-stack" style={{ gap: 6 }} data-testid={`my-item-${item.id}`}>
                <span>{item.description}</span>
                <span className="tx-secondary" style={{ fontSize: 12 }}>
                  <ItemDue dueDate={item.dueDate} open={item.status === 'OPEN'} />
                </span>
                <HomeItemActions item={item} />
              </div>
            ))}
          </div>
        </LightCard>
      )}
    </div>
  );
}
