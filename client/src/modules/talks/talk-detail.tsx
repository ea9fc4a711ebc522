import { Alert, Button, Card, Descriptions, Flex, Result, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { RelativeDate } from '../../ui/dates';
import { ActionItemRows } from '../action-items/action-item-row';
import { useViewer } from '../auth';
import { TalkQuery } from './talk-documents';
import { RaiseProblemButton } from '../problems/raise-problem';

/** /talks/:id — a talk record; the assessment appears only when the server sent it. */
export function TalkDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const me = useViewer();
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
        {talk.locked && (
          <Tag icon={<LockOutlined />} data-testid="talk-locked">
            {t('talks.detail.locked')}
          </Tag>
        )}
        {talk.editable && (
          <Button icon={<EditOutlined />} onClick={() => navigate(`/talks/${talk.id}/edit`)} data-testid="talk-edit">
            {t('talks.detail.edit')}
          </Button>
        )}
        <RaiseProblemButton
          source={{ talkId: talk.id }}
          branchId={talk.branch.id}
          raisers={[{ value: talk.talkee.id, label: talk.talkee.name }]}
          onRaised={(problemId) => navigate(`/problems/${problemId}`)}
        />
      </Flex>
      {talk.locked && talk.talker.id === me.id && (
        <Alert type="info" showIcon title={t('talks.detail.lockedHint')} data-testid="talk-locked-hint" />
      )}
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('talks.field.occurredAt')}>
            <RelativeDate value={talk.occurredAt} time />
          </Descriptions.Item>
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
        <ActionItemRows items={talk.actionItems} empty={t('talks.detail.noActionItems')} />
      </Card>
    </Flex>
  );
}
