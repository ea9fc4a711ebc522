import { Button, Card, Descriptions, Empty, Flex, Result, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { formatDateTime, RelativeDate } from '../../ui/dates';
import { ProblemActions } from './problem-actions';
import { ProblemQuery } from './problem-documents';
import { ProblemDue, ProblemOwner, ProblemStatusTag } from './problem-tags';

/** /problems/:id — a problem, where it was raised, who owns it, what happened to it, what comes next. */
export function ProblemDetail() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, reload] = useQuery({ query: ProblemQuery, variables: { id } });
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const p = data?.problem;
  if (!p) return <Result status="404" title={t('problems.detail.notFound')} data-testid="problem-not-found" />;
  const eventLabel = (type: string) => {
    const key = `problems.detail.event.${type}`;
    return i18n.exists(key) ? t(key as never) : type;
  };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }} data-testid="problem-detail" data-status={p.status}>
      <Flex align="center" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('problems.detail.back')} />
        <ProblemStatusTag problem={p} />
        {p.category && <Tag>{p.category.name}</Tag>}
      </Flex>
      <Typography.Paragraph style={{ fontSize: 16, whiteSpace: 'pre-wrap', margin: 0 }} data-testid="problem-text">
        {p.text}
      </Typography.Paragraph>
      <ProblemActions problem={p} />
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('problems.field.raisedBy')}>
            <span data-testid="problem-raiser">
              {p.anonymous ? t('problems.anonymous') : (p.raisedBy?.name ?? '—')}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('problems.field.raisedAt')}>
            <RelativeDate value={p.raisedAt} />
          </Descriptions.Item>
          {p.forum && (
            <Descriptions.Item label={t('problems.field.source')}>
              <Link to={`/forums/${p.forum.id}`} data-testid="problem-forum-link">
                {t('problems.source.forum')} · {p.forum.title}
              </Link>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('problems.field.owner')}>
            <ProblemOwner problem={p} />
          </Descriptions.Item>
          {p.dueDate && (
            <Descriptions.Item label={t('problems.field.dueDate')}>
              <ProblemDue problem={p} />
            </Descriptions.Item>
          )}
          {p.resolution && (
            <Descriptions.Item label={t('problems.field.closeNote')}>
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="problem-resolution">
                {p.resolution}
              </span>
            </Descriptions.Item>
          )}
          {p.declineReason && (
            <Descriptions.Item label={t('problems.field.declineReason')}>
              <span style={{ whiteSpace: 'pre-wrap' }} data-testid="problem-decline-reason">
                {p.declineReason}
              </span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t('problems.detail.history')}>
        {p.history.length === 0 ? (
          <Empty description={t('problems.detail.noHistory')} />
        ) : (
          <Timeline
            data-testid="problem-history"
            items={p.history.map((e) => ({
              key: e.id,
              content: (
                <div data-testid="problem-event" data-type={e.type}>
                  <Typography.Text type="secondary">{formatDateTime(e.occurredAt)}</Typography.Text>{' '}
                  <Typography.Text strong>{eventLabel(e.type)}</Typography.Text>
                  {e.followUpKind ? <Tag>{t(`problems.followUpKind.${e.followUpKind}`)}</Tag> : null}
                  <Typography.Text type="secondary"> · {e.actor.name}</Typography.Text>
                  {e.note ? (
                    <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{e.note}</Typography.Paragraph>
                  ) : null}
                </div>
              ),
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}
