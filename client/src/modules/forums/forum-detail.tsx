import { Button, Card, Descriptions, Empty, Flex, Result, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { RelativeDate } from '../../ui/dates';
import { ProblemDue, ProblemOwner, ProblemStatusTag } from '../problems/problem-tags';
import { RaiseProblemButton } from '../problems/raise-problem';
import { ForumAttendance } from './forum-attendance';
import { ForumQuery } from './forum-documents';

/** /forums/:id — a forum: who came, what was said, the problems it raised and where they stand. */
export function ForumDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({ query: ForumQuery, variables: { id } });
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const f = data?.forum;
  if (!f) return <Result status="404" title={t('forums.detail.notFound')} data-testid="forum-not-found" />;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }} data-testid="forum-detail" data-forum-id={f.id}>
      <Flex align="center" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('forums.detail.back')} />
        <Tag color="purple">{t(`forums.kind.${f.kind}`)}</Tag>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="forum-title-text">
          {f.title}
        </Typography.Title>
        {f.locked && (
          <Tag icon={<LockOutlined />} data-testid="forum-locked">
            {t('forums.detail.locked')}
          </Tag>
        )}
        {f.editable && (
          // Only the host, within 7 days: the server says so in `editable` and refuses otherwise.
          <Button icon={<EditOutlined />} onClick={() => navigate(`/forums/${f.id}/edit`)} data-testid="forum-edit">
            {t('forums.detail.edit')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('forums.field.occurredAt')}>
            <RelativeDate value={f.occurredAt} time />
          </Descriptions.Item>
          {f.place && <Descriptions.Item label={t('forums.field.place')}>{f.place}</Descriptions.Item>}
          <Descriptions.Item label={t('forums.field.organiser')}>
            {f.branch?.name ?? t('forums.scope.bureau')}
          </Descriptions.Item>
          {f.host && <Descriptions.Item label={t('forums.field.host')}>{f.host.name}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <ForumAttendance forumId={f.id} attendances={f.attendances} editable={!!f.editable} />
      <Card size="small" title={t('forums.field.minutes')}>
        {f.minutes ? (
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="forum-minutes-text">
            {f.minutes}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">{t('forums.detail.noMinutes')}</Typography.Text>
        )}
      </Card>
      {f.confidentialMinutes && (
        <Card
          size="small"
          title={
            <span>
              <LockOutlined /> {t('forums.field.confidentialMinutes')}
            </span>
          }
          data-testid="forum-confidential-minutes-card"
        >
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {f.confidentialMinutes}
          </Typography.Paragraph>
        </Card>
      )}
      <Card
        size="small"
        title={t('forums.field.problems')}
        extra={
          <RaiseProblemButton
            source={{ forumId: f.id }}
            branchId={f.branch?.id ?? null}
            raisers={f.attendances
              .filter((a) => a.present)
              .map((a) => ({ value: a.officer.id, label: a.officer.name }))}
            onRaised={() => reload({ requestPolicy: 'network-only' })}
          />
        }
      >
        {f.problems.length === 0 ? (
          <Empty description={t('forums.detail.noProblems')} />
        ) : (
          <Flex vertical>
            {f.problems.map((p) => (
              <Flex
                key={p.id}
                vertical
                gap={2}
                style={{ padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
                data-testid={`forum-problem-row-${p.id}`}
                data-problem-id={p.id}
                data-status={p.status}
              >
                <Flex gap={8} wrap align="center">
                  <ProblemStatusTag problem={p} />
                  <Link to={`/problems/${p.id}`}>{p.text}</Link>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <ProblemOwner problem={p} /> <ProblemDue problem={p} />
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
