import { Button, Card, Descriptions, Flex, List, Result, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { ActionItemActions } from '../action-items/action-item-actions';
import { formatDateTime } from '../visits/format';
import { TalkQuery } from './talk-documents';

/** /talks/:id — a talk record; the assessment appears only when the server sent it. */
export function TalkDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({ query: TalkQuery, variables: { id } });
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const talk = data?.talk;
  if (!talk) return <Result status="404" title={t('talks.detail.notFound')} data-testid="talk-not-found" />;

  const rows: [string, string | null | undefined][] = [
    [t('talks.field.topics'), talk.topics],
    [t('talks.field.officerViews'), talk.officerViews],
    [t('talks.field.problemsRaised'), talk.problemsRaised],
    [t('talks.field.guidance'), talk.guidance],
  ];
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }} data-testid="talk-detail">
      <Flex align="center" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('talks.detail.back')} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(`talks.kind.${talk.kind}`)} · {talk.talkee.name}
        </Typography.Title>
        {talk.confidential && (
          <Tag color="red" icon={<LockOutlined />} data-testid="talk-confidential-tag">
            {t('talks.confidential')}
          </Tag>
        )}
      </Flex>
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('talks.field.occurredAt')}>{formatDateTime(talk.occurredAt)}</Descriptions.Item>
          <Descriptions.Item label={t('talks.field.talker')}>{talk.talker.name}</Descriptions.Item>
          <Descriptions.Item label={t('talks.field.branch')}>{talk.branch.name}</Descriptions.Item>
          {rows
            .filter(([, value]) => !!value)
            .map(([label, value]) => (
              <Descriptions.Item key={label} label={label}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{value}</span>
              </Descriptions.Item>
            ))}
        </Descriptions>
      </Card>
      {talk.assessment && (
        <Card
          size="small"
          title={
            <span>
              <LockOutlined /> {t('talks.field.assessment')}
            </span>
          }
          data-testid="talk-assessment-card"
        >
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{talk.assessment}</Typography.Paragraph>
        </Card>
      )}
      <Card size="small" title={t('talks.detail.actionItems')}>
        <List
          dataSource={talk.actionItems}
          locale={{ emptyText: t('talks.detail.noActionItems') }}
          renderItem={(item) => (
            <List.Item key={item.id} style={{ paddingInline: 0 }}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex gap={8} wrap align="center">
                  <span>{item.description}</span>
                  <Tag color={item.status === 'OPEN' ? (item.overdue ? 'red' : 'blue') : 'default'}>
                    {t(`actionItems.status.${item.status}`)}
                  </Tag>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {item.owner.name} · {t('actionItems.due', { date: item.dueDate })}
                </Typography.Text>
                <ActionItemActions item={item} />
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
