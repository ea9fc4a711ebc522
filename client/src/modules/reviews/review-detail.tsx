import { Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useQuery } from 'urql';
import type { ReviewPairingDetailQuery } from '../../gql/graphql';
import { LoadFailed } from '../../ui/load-failed';
import { useAppAbility } from '../auth';
import { EvidencePanel } from './evidence-panel';
import { PairingTimeline } from './pairing-timeline';
import { ReviewPairingDetailQueryDocument } from './review-documents';
import { ReviewForm } from './review-form';
import { DecisionTag, RatingTag } from './review-tags';

type Detail = NonNullable<ReviewPairingDetailQuery['pairing']>;

/** The review page: who and what the pairing is, its evidence and timeline beside the review form. */
export function ReviewDetail({ pairingId }: { pairingId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: ReviewPairingDetailQueryDocument,
    variables: { id: pairingId },
    requestPolicy: 'cache-and-network',
  });
  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/reviews')} data-testid="review-back">
      {t('reviews.back')}
    </Button>
  );
  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return fetching ? <Skeleton active /> : null;
  const p = data.pairing;
  if (!p) return <Result status="404" title={t('reviews.notFound')} extra={back} data-testid="review-not-found" />;
  const canReview = p.status === 'IN_REVIEW' && ability.can('review', 'Pairing');

  return (
    <Flex vertical gap={16} data-testid="review-detail" data-status={p.status}>
      <Flex gap={8} align="center" wrap>
        {back}
        <Typography.Title level={3} style={{ margin: 0 }}>
          {p.mentee.name}
        </Typography.Title>
        <Tag color={p.status === 'IN_REVIEW' ? 'orange' : 'default'} data-testid="review-status">
          {t(`reviews.statusName.${p.status}`)}
        </Tag>
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={canReview ? 15 : 24}>
          <Flex vertical gap={16}>
            <PairingFacts p={p} />
            {p.evidence ? <EvidencePanel evidence={p.evidence} /> : null}
            <PairingTimeline entries={p.timeline} />
          </Flex>
        </Col>
        {canReview ? (
          <Col xs={24} lg={9}>
            <div style={{ position: 'sticky', top: 72 }}>
              <ReviewForm
                pairingId={p.id}
                version={p.version}
                onDone={() => {
                  navigate('/reviews');
                }}
              />
            </div>
          </Col>
        ) : null}
      </Row>
      <ReviewHistoryCard reviews={p.reviews} />
    </Flex>
  );
}

function PairingFacts({ p }: { p: Detail }) {
  const { t } = useTranslation();
  const lead = p.mentors.filter((m) => m.role === 'LEAD').map((m) => m.officer.name);
  const support = p.mentors.filter((m) => m.role !== 'LEAD').map((m) => m.officer.name);
  return (
    <Card size="small">
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t('reviews.mentee')}>
          {p.mentee.name} · {p.mentee.badgeNumber}
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.branch')}>{p.branch.name}</Descriptions.Item>
        <Descriptions.Item label={t('reviews.leadMentor')}>{lead.join('、') || t('reviews.none')}</Descriptions.Item>
        <Descriptions.Item label={t('reviews.mentors')}>{support.join('、') || t('reviews.none')}</Descriptions.Item>
        <Descriptions.Item label={t('reviews.reason')}>{t(`reviews.reasonName.${p.reason}`)}</Descriptions.Item>
        <Descriptions.Item label={t('reviews.period')}>
          <span data-testid="review-period">
            {p.startDate} ~ {p.plannedEndDate}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.goals')} span={2}>
          {p.goals}
        </Descriptions.Item>
        {p.riskNotes ? (
          <Descriptions.Item label={t('reviews.riskNotes')} span={2}>
            <Typography.Text type="danger">{p.riskNotes}</Typography.Text>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}

function ReviewHistoryCard({ reviews }: { reviews: Detail['reviews'] }) {
  const { t } = useTranslation();
  if (reviews.length === 0) return null;
  return (
    <Card size="small" title={t('reviews.history')} data-testid="review-history">
      <Flex vertical gap={12}>
        {reviews.map((r) => (
          <div key={r.id} data-testid="review-history-item" data-decision={r.decision}>
            <Flex gap={8} wrap align="center">
              <span>{dayjs(r.createdAt).format('YYYY-MM-DD')}</span>
              <DecisionTag decision={r.decision} />
              {r.rating ? <RatingTag rating={r.rating} /> : null}
              {r.newPlannedEndDate ? <span>→ {r.newPlannedEndDate}</span> : null}
              {r.reviewer ? <Typography.Text type="secondary">{r.reviewer.name}</Typography.Text> : null}
            </Flex>
            {r.comments ? (
              <Typography.Paragraph style={{ margin: '4px 0 0' }}>{r.comments}</Typography.Paragraph>
            ) : null}
          </div>
        ))}
      </Flex>
    </Card>
  );
}
