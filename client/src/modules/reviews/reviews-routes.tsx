import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useParams } from 'react-router-dom';
import { useAppAbility } from '../auth';
import { ReviewDetail } from './review-detail';
import { ReviewHistory } from './review-history';
import { ReviewQueue } from './review-queue';

function ReviewsHome() {
  const { t } = useTranslation();
  const ability = useAppAbility();
  return (
    <Flex vertical gap={16} data-testid="page-reviews">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('nav.reviews')}
      </Typography.Title>
      {ability.can('review', 'Pairing') ? <ReviewQueue /> : null}
      <ReviewHistory />
    </Flex>
  );
}

function ReviewDetailRoute() {
  const { pairingId = '' } = useParams();
  return <ReviewDetail key={pairingId} pairingId={pairingId} />;
}

/** /reviews (the queue for the committee, the history for everyone) and /reviews/:pairingId. */
export function ReviewsRoutes() {
  return (
    <Routes>
      <Route index element={<ReviewsHome />} />
      <Route path=":pairingId" element={<ReviewDetailRoute />} />
    </Routes>
  );
}
