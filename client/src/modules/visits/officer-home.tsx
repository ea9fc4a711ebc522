import { Card, Descriptions, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LoadFailed } from '../../ui/load-failed';
import { ActionItemActions } from '../action-items/action-item-actions';
import { useViewer } from '../auth';
import { AcknowledgeVisit } from './acknowledge-visit';
import { formatDate, formatDateTime } from './format';
import { OfficerHomeQuery } from './visit-documents';

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
          <List
            dataSource={visits}
            locale={{ emptyText: t('visits.officerHome.nothingToAcknowledge') }}
            renderItem={(v) => (
              <List.Item key={v.id} data-testid={`ack-item-${v.id}`} style={{ paddingInline: 0 }}>
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <Flex gap={8} wrap align="center">
                    <Tag color="blue">{t(`visits.kind.${v.kind}`)}</Tag>
                    <Typography.Text type="secondary">
                      {formatDateTime(v.occurredAt)}
                      {v.location ? ` · ${v.location}` : ''} · {v.author.name}
                    </Typography.Text>
                  </Flex>
                  <Typography.Paragraph style={{ margin: 0 }}>{v.summary}</Typography.Paragraph>
                  {v.observations && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {t('visits.field.observations')}：{v.observations}
                    </Typography.Paragraph>
                  )}
                  <AcknowledgeVisit visitId={v.id} onDone={refresh} />
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      {(!compact || items.length > 0) && (
        <Card title={t('visits.officerHome.myItems')} size="small" data-testid="officer-items">
          <List
            dataSource={items}
            locale={{ emptyText: t('visits.officerHome.noItems') }}
            renderItem={(item) => (
              <List.Item key={item.id} data-testid={`my-item-${item.id}`} style={{ paddingInline: 0 }}>
                <Flex vertical gap={6} style={{ width: '100%' }}>
                  <span>{item.description}</span>
                  <Typography.Text type={item.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {t('actionItems.due', { date: formatDate(item.dueDate) })}
                    {item.overdue ? ` · ${t('actionItems.overdue')}` : ''}
                  </Typography.Text>
                  <ActionItemActions item={item} />
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
