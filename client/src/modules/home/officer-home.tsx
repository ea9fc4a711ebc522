import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LoadFailed } from '../../ui/load-failed';
import { ItemDue } from '../action-items/action-item-row';
import { ActionItemActions } from '../action-items/action-item-actions';
import { useViewer } from '../auth';
import { AcknowledgeVisit } from '../visits/acknowledge-visit';
import { formatDateTime, RelativeDate } from '../../ui/dates';
import { OfficerHomeQuery } from '../visits/visit-documents';

/**
 * The officer's own page: their pairing and mentors, the visits waiting for their signature and
 * their action items. It never asks for confidential notes or assessments, so there is nothing
 * to hide. `compact` (a leader who is also an officer) leaves out empty sections.
 */
export function OfficerHome({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useViewer();
  const [{ data, error }, reload] = useQuery({
    query: OfficerHomeQuery,
    variables: { me: me.id },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const pairings = data.pairings.edges.map((e) => e.node);
  const visits = data.visits.edges.map((e) => e.node);
  const items = data.actionItems.edges.map((e) => e.node);
  const refresh = () => reload({ requestPolicy: 'network-only' });

  return (
    <Flex vertical gap={12} data-testid="officer-home">
      {(!compact || pairings.length > 0) && (
        <Card title={t('visits.officerHome.pairing')} size="small" data-testid="officer-pairing">
          {pairings.length === 0 && <Empty description={t('visits.officerHome.noPairing')} />}
          {pairings.map((p) => (
            <Descriptions key={p.id} column={1} size="small">
              <Descriptions.Item label={t('visits.officerHome.mentors')}>
                <Flex wrap gap={4} data-testid="officer-mentors">
                  {p.mentors.map((m) => (
                    <Tag key={m.officer.id} color={m.role === 'LEAD' ? 'red' : 'default'}>
                      {m.officer.name} ·{' '}
                      {t(m.role === 'LEAD' ? 'visits.officerHome.lead' : 'visits.officerHome.support')}
                    </Tag>
                  ))}
                </Flex>
              </Descriptions.Item>
              <Descriptions.Item label={t('visits.officerHome.goals')}>{p.goals}</Descriptions.Item>
              <Descriptions.Item label={t('visits.officerHome.period')}>
                {p.startDate} ~ {p.plannedEndDate}
              </Descriptions.Item>
              <Descriptions.Item label={t('visits.mentorHome.lastContact')}>
                {p.lastContactAt ? formatDateTime(p.lastContactAt) : t('visits.mentorHome.never')}
              </Descriptions.Item>
            </Descriptions>
          ))}
        </Card>
      )}
      {(!compact || visits.length > 0) && (
        <Card title={t('visits.officerHome.toAcknowledge')} size="small" data-testid="officer-to-acknowledge">
          {visits.length === 0 && (
            <Typography.Text type="secondary">{t('visits.officerHome.nothingToAcknowledge')}</Typography.Text>
          )}
          <Flex vertical gap={16}>
            {visits.map((v) => (
              <Flex key={v.id} vertical gap={6} data-testid={`ack-item-${v.id}`}>
                <Flex gap={8} wrap align="center">
                  <Tag color="blue">{t(`visits.kind.${v.kind}`)}</Tag>
                  <Typography.Text type="secondary">
                    <RelativeDate value={v.occurredAt} time />
                    {v.location ? ` · ${v.location}` : ''} · {v.author.name}
                  </Typography.Text>
                </Flex>
                <Typography.Paragraph style={{ margin: 0 }}>{v.summary}</Typography.Paragraph>
                {v.observations && (
                  <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                    {t('visits.field.observations')}
                    {t('common.colon')}
                    {v.observations}
                  </Typography.Paragraph>
                )}
                <AcknowledgeVisit visit={v} onDone={refresh} />
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
      {(!compact || items.length > 0) && (
        <Card title={t('visits.officerHome.myItems')} size="small" data-testid="officer-items">
          {items.length === 0 && <Typography.Text type="secondary">{t('visits.officerHome.noItems')}</Typography.Text>}
          <Flex vertical gap={12}>
            {items.map((item) => (
              <Flex key={item.id} vertical gap={6} data-testid={`my-item-${item.id}`}>
                <span>{item.description}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <ItemDue dueDate={item.dueDate} open={item.status === 'OPEN'} />
                </Typography.Text>
                <ActionItemActions item={item} />
              </Flex>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
