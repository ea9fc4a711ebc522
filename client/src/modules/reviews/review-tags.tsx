import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewDecision, ReviewRating } from '../../gql/graphql';

// One colour per decision, and none shared: concluding a pairing is the good ending (green),
// extending it is a neutral continuation (blue), escalating it is the alarm (red).
export const DECISION_COLOR: Record<ReviewDecision, string> = {
  CONCLUDE: 'green',
  EXTEND: 'blue',
  ESCALATE: 'red',
};

export const RATING_COLOR: Record<ReviewRating, string> = {
  SIGNIFICANT_IMPROVEMENT: 'green',
  IMPROVED: 'cyan',
  NO_CHANGE: 'default',
  WORSENED: 'volcano',
};

export function DecisionTag({ decision }: { decision: ReviewDecision }) {
  const { t } = useTranslation();
  return (
    <Tag color={DECISION_COLOR[decision]} data-testid="review-decision-tag" data-decision={decision}>
      {t(`reviews.decisionName.${decision}`)}
    </Tag>
  );
}

export function RatingTag({ rating }: { rating: ReviewRating }) {
  const { t } = useTranslation();
  return (
    <Tag color={RATING_COLOR[rating]} data-testid="review-rating-tag" data-rating={rating}>
      {t(`reviews.ratingName.${rating}`)}
    </Tag>
  );
}
