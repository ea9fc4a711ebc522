import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import { LoadFailed } from '../../ui/load-failed';
import { OutcomeReviewsQueryDocument } from './review-documents';
import { DecisionTag, RatingTag } from './review-tags';

/** Reviews the viewer may read (their branch, their pairs, their own), newest first. */
export function ReviewHistory() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OutcomeReviewsQueryDocument,
    variables: { first: 50 },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const reviews = data?.outcomeReviews.edges.map((e) => e.node) ?? [];
  return (
    <Card size="small" title={t('reviews.historyTitle')} data-testid="review-history-list">
      {!data && fetching ? (
        <Skeleton active />
      ) : reviews.length === 0 ? (
        <Empty description={t('reviews.historyEmpty')} />
      ) : (
        <Flex vertical data-testid="review-history-rows">
          {reviews.map((r) => (
            <Flex
              key={r.id}
              gap={8}
              wrap
              align="center"
              className="review-row"
              style={{
                padding: '10px 0',
                borderBottom: '1px solid rgba(5, 5, 5, 0.06)',
                cursor: r.pairing ? 'pointer' : undefined,
              }}
              onClick={r.pairing ? () => navigate(`/reviews/${r.pairing!.id}`) : undefined}
            >
              <span>{dayjs(r.createdAt).format('YYYY-MM-DD')}</span>
              {r.pairing ? <Typography.Text strong>{r.pairing.mentee.name}</Typography.Text> : null}
              {r.branch ? <Typography.Text type="secondary">{r.branch.name}</Typography.Text> : null}
              <DecisionTag decision={r.decision} />
              {r.rating ? <RatingTag rating={r.rating} /> : null}
              {r.newPlannedEndDate ? <span>→ {r.newPlannedEndDate}</span> : null}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
