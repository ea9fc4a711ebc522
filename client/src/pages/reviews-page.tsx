import { ReviewsSection } from '../modules/reviews/reviews-section';

export function ReviewsPage() {
  return <ReviewsSection />;
}
