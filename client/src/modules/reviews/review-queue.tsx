import { Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LightCard } from '../../ui/light-ui';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { formatDate, useRelativeDay } from '../../ui/dates';
import { LoadFailed } from '../../ui/load-failed';
import { ReviewQueueQueryDocument } from './review-documents';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 100)}%`);

/** Pairings waiting for the committee, oldest submission first. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const relative = useRelativeDay();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReviewQueueQueryDocument,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const edges = data?.reviewQueue.edges ?? [];
  return (
    <LightCard
      titleAs="div"

      title={
        <Flex gap={8} align="center">
          {t('reviews.queueTitle')}
          {data ? <Tag data-testid="review-queue-count">{data.reviewQueue.totalCount}</Tag> : null}
        </Flex>
      }
      data-testid="review-queue"
    >
      {!data && fetching ? (
        <Skeleton active />
      ) : edges.length === 0 ? (
        <Empty description={t('reviews.queueEmpty')} />
      ) : (
        <Flex vertical>
          {edges.map(({ node: p }) => (
            <Flex
              key={p.id}
              gap={12}
              align="center"
              justify="space-between"
              data-testid={`review-queue-item-${p.id}`}
              style={{ padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)', cursor: 'pointer' }}
              onClick={() => navigate(`/reviews/${p.id}`)}
            >
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{p.mentee.name}</Typography.Text>
                  <Typography.Text type="secondary">{p.branch.name}</Typography.Text>
                  <Tag>{t(`reviews.reasonName.${p.reason}`)}</Tag>
                </Flex>
                <Flex gap={12} wrap style={{ color: 'rgba(0, 0, 0, 0.45)' }}>
                  {p.submittedAt ? (
                    <span>
                      {t('reviews.submittedAt', { date: formatDate(p.submittedAt) })} ({relative(p.submittedAt)})
                    </span>
                  ) : null}
                  {p.leadMentor ? (
                    <span>
                      {t('reviews.leadMentor')}
                      {t('common.colon')}
                      {p.leadMentor.name}
                    </span>
                  ) : null}
                  {p.evidence ? (
                    <>
                      <span>{t('reviews.days', { count: p.evidence.durationDays })}</span>
                      <span>
                        {t('reviews.visits')} {p.evidence.visitCount}
                      </span>
                      <span>
                        {t('reviews.talks')} {p.evidence.talkCount}
                      </span>
                      <span>
                        {t('reviews.regularity')} {pct(p.evidence.contactRegularity)}
                      </span>
                      <span>
                        {t('reviews.ackRate')} {pct(p.evidence.acknowledgmentRate)}
                      </span>
                    </>
                  ) : null}
                </Flex>
              </Flex>
              <Typography.Link data-testid={`review-open-${p.id}`} style={{ flexShrink: 0 }}>
                {t('reviews.open')}
              </Typography.Link>
            </Flex>
          ))}
        </Flex>
      )}
    </LightCard>
  );
}
