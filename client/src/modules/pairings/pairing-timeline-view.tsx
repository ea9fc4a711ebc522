import { Empty, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../ui/dates';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TimelineEntryViewFragment as Entry } from '../../gql/graphql';

/** What a timeline entry shows, here and in the reviewer's timeline (reviews/pairing-timeline.tsx). */
export const TimelineEntryViewFragment = graphql(`
  fragment TimelineEntryView on TimelineEntry {
    id
    kind
    type
    occurredAt
    summary
    status
    dueDate
    recordId
    actor {
      ...OfficerName
    }
  }
`);

/** One colour per kind of entry, the same in both timelines. */
export const TIMELINE_COLOR: Record<Entry['kind'], string> = {
  VISIT: 'blue',
  TALK: 'cyan',
  ACTION_ITEM: 'orange',
  REVIEW: 'red',
  EVENT: 'gray',
};

/** The label of an entry's sub-kind in the viewer's language; an unknown one shows as sent. */
function useEntryLabel() {
  const { t, i18n } = useTranslation();
  return (e: Entry): string => {
    const group =
      e.kind === 'VISIT'
        ? 'visitKind'
        : e.kind === 'TALK'
          ? 'talkKind'
          : e.kind === 'ACTION_ITEM'
            ? 'itemStatus'
            : e.kind === 'REVIEW'
              ? 'decision'
              : 'event';
    const key = `pairings.timeline.${group}.${e.type}`;
    return i18n.exists(key) ? t(key as never) : e.type;
  };
}

function useEntryNote() {
  const { t, i18n } = useTranslation();
  return (e: Entry): string | null => {
    if (e.kind === 'VISIT' && e.status) {
      return e.status === 'ACKNOWLEDGED' ? t('pairings.timeline.acknowledged') : t('pairings.timeline.unacknowledged');
    }
    if (e.kind === 'TALK' && e.status === 'CONFIDENTIAL') return t('pairings.timeline.confidential');
    if (e.kind === 'ACTION_ITEM' && e.dueDate) return t('pairings.timeline.due', { date: e.dueDate });
    if (e.kind === 'REVIEW' && e.status) {
      const key = `pairings.timeline.rating.${e.status}`;
      return i18n.exists(key) ? t(key as never) : e.status;
    }
    return null;
  };
}

/** The summary of an "updated" event names fields; show them in the viewer's language. */
function useSummary() {
  const { t, i18n } = useTranslation();
  return (e: Entry): string | null => {
    if (!e.summary) return null;
    if (e.kind === 'EVENT' && e.type === 'updated') {
      return e.summary
        .split(', ')
        .map((f) => {
          const key = `pairings.timeline.fields.${f}`;
          return i18n.exists(key) ? t(key as never) : f;
        })
        .join(i18n.language.startsWith('zh') ? '、' : ', ');
    }
    return e.summary;
  };
}

/** What happened on the pairing, newest first, as the server built it for this viewer. */
export function PairingTimelineView({ entries }: { entries: Entry[] }) {
  const { t } = useTranslation();
  const label = useEntryLabel();
  const note = useEntryNote();
  const summary = useSummary();
  if (entries.length === 0) return <Empty description={t('pairings.detail.timelineEmpty')} />;
  return (
    <Timeline
      data-testid="pairing-timeline"
      items={entries.map((e) => ({
        key: e.id,
        color: TIMELINE_COLOR[e.kind],
        content: (
          <div data-testid="timeline-entry" data-kind={e.kind} data-type={e.type}>
            <Typography.Text type="secondary">{formatDateTime(e.occurredAt)}</Typography.Text>{' '}
            <Tag color={TIMELINE_COLOR[e.kind]}>{t(`pairings.timeline.kind.${e.kind}`)}</Tag>
            <Typography.Text strong>{label(e)}</Typography.Text>
            {note(e) ? <Typography.Text type="secondary"> · {note(e)}</Typography.Text> : null}
            {e.actor ? <Typography.Text type="secondary"> · {e.actor.name}</Typography.Text> : null}
            {/* A forum is a contact (a FORUM visit) of every attending mentee; its visit leads to the forum. */}
            {e.kind === 'VISIT' && e.type === 'FORUM' && e.recordId ? (
              <>
                {' · '}
                <Link to={`/visits/${e.recordId}`} data-testid="timeline-forum-link">
                  {t('pairings.timeline.openForum')}
                </Link>
              </>
            ) : null}
            {summary(e) ? (
              <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
                {summary(e)}
              </Typography.Paragraph>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
