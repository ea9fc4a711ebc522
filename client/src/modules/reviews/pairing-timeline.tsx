import { Card, Empty, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TimelineEntryViewFragment as Entry } from '../../gql/graphql';
import { TIMELINE_COLOR } from '../pairings/pairing-timeline-view';

/** The pairing's history as the server built it for this viewer (restricted texts already left out). */
export function PairingTimeline({ entries }: { entries: Entry[] }) {
  const { t, i18n } = useTranslation();
  const typeLabel = (e: Entry) => {
    const prefix: Record<Entry['kind'], string> = {
      VISIT: 'reviews.kind',
      TALK: 'reviews.talkKind',
      ACTION_ITEM: 'reviews.itemStatus',
      REVIEW: 'reviews.decisionName',
      EVENT: 'reviews.statusName',
    };
    const value = e.kind === 'EVENT' ? e.status : e.type;
    const key = value ? `${prefix[e.kind]}.${value}` : null;
    return key && i18n.exists(key) ? t(key as never) : e.type;
  };
  return (
    <Card size="small" title={t('reviews.timeline')} data-testid="pairing-timeline">
      {entries.length === 0 ? (
        <Empty description={t('reviews.timelineEmpty')} />
      ) : (
        <Timeline
          items={entries.map((e) => ({
            key: e.id,
            color: TIMELINE_COLOR[e.kind],
            content: (
              <div data-testid={`timeline-entry-${e.kind}`} data-type={e.type}>
                <Typography.Text type="secondary">{dayjs(e.occurredAt).format('YYYY-MM-DD HH:mm')}</Typography.Text>{' '}
                <Tag color={TIMELINE_COLOR[e.kind]}>{t(`reviews.timelineKind.${e.kind}`)}</Tag>
                <Typography.Text strong>{typeLabel(e)}</Typography.Text>
                {e.actor ? <Typography.Text type="secondary"> · {e.actor.name}</Typography.Text> : null}
                {e.summary ? (
                  <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, expandable: true }}>
                    {e.summary}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
