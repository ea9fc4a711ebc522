import { Card, Descriptions, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewPairingDetailQuery } from '../../gql/graphql';

type Evidence = NonNullable<NonNullable<ReviewPairingDetailQuery['pairing']>['evidence']>;

const pct = (v: number | null | undefined) => (v == null ? null : Math.round(v * 100));

/** What the pairing achieved: the secretary's summary and the figures counted by the server. */
export function EvidencePanel({ evidence }: { evidence: Evidence }) {
  const { t } = useTranslation();
  const regularity = pct(evidence.contactRegularity);
  const ack = pct(evidence.acknowledgmentRate);
  return (
    <Card size="small" title={t('reviews.evidence')} data-testid="review-evidence">
      <Typography.Paragraph data-testid="evidence-summary" style={{ whiteSpace: 'pre-wrap' }}>
        <Typography.Text type="secondary">
          {t('reviews.summary')}
          {t('common.colon')}
        </Typography.Text>
        {evidence.summary ?? t('reviews.none')}
      </Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('reviews.duration')}>
          <span data-testid="evidence-duration">{t('reviews.days', { count: evidence.durationDays })}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.visits')}>
          <span data-testid="evidence-visits">{evidence.visitCount}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.visitKinds')} span="filled">
          {evidence.visitsByKind.map((k) => (
            <Tag key={k.kind}>
              {t(`reviews.kind.${k.kind}`)} {k.count}
            </Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.ackRate')}>
          {ack == null ? t('reviews.none') : <Progress percent={ack} size="small" data-testid="evidence-ack" />}
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.regularity')}>
          {regularity == null ? (
            t('reviews.none')
          ) : (
            <>
              <Progress percent={regularity} size="small" data-testid="evidence-regularity" />
              <Typography.Text type="secondary">
                {t('reviews.regularityDetail', { met: evidence.contactIntervalsMet, total: evidence.contactIntervals })}
              </Typography.Text>
            </>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.items')}>
          <span data-testid="evidence-items">
            {t('reviews.itemsDetail', {
              done: evidence.actionItemsDone,
              open: evidence.actionItemsOpen,
              overdue: evidence.actionItemsOverdue,
            })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reviews.talks')}>
          <span data-testid="evidence-talks">{evidence.talkCount}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
