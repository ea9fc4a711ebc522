import { Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { LoadFailed } from '../../ui/load-failed';
import { ReviewQueueQueryDocument } from './review-documents';

const pct = (v: number | null | undefined) => (v == null ? '—' : `${Math.round(v * 100)}%`);

/** Pairings waiting for the committee, oldest submission first. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReviewQueueQueryDocument,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const edges = data?.reviewQueue.edges ?? [];
  return (
    <Card
      size="small"
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
        <List
          dataSource={edges.map((e) => e.node)}
          renderItem={(p) => (
            <List.Item
              key={p.id}
              data-testid={`review-queue-item-${p.id}`}
              style={{ cursor: 'pointer' }}
              onClick={() => navigate(`/reviews/${p.id}`)}
              actions={[
                <Typography.Link key="open" data-testid={`review-open-${p.id}`}>
                  {t('reviews.open')}
                </Typography.Link>,
              ]}
            >
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap align="center">
                    <Typography.Text strong>{p.mentee.name}</Typography.Text>
                    <Typography.Text type="secondary">{p.branch.name}</Typography.Text>
                    <Tag>{t(`reviews.reasonName.${p.reason}`)}</Tag>
                  </Flex>
                }
                description={
                  <Flex gap={12} wrap>
                    {p.submittedAt ? (
                      <span>{t('reviews.submittedAt', { date: dayjs(p.submittedAt).format('YYYY-MM-DD') })}</span>
                    ) : null}
                    {p.leadMentor ? (
                      <span>
                        {t('reviews.leadMentor')}：{p.leadMentor.name}
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
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
