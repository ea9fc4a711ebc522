import { App, Button, Card, Flex, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { serverMessage } from '../visits/format';
import { MarkForumAttendanceMutation } from './forum-documents';

interface Attendance {
  present: boolean;
  officer: { id: string; name: string };
}

/**
 * Who was listed and who came. While the forum may still be edited (its host, within 7 days) a tap
 * marks someone present or absent; an absent mentee's FORUM contact goes with it (the server's rule).
 */
export function ForumAttendance({
  forumId,
  attendances,
  editable,
}: {
  forumId: string;
  attendances: Attendance[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [{ fetching }, mark] = useMutation(MarkForumAttendanceMutation);
  const present = attendances.filter((a) => a.present).length;
  const toggle = async (a: Attendance) => {
    const res = await mark({ input: { forumId, officerId: a.officer.id, present: !a.present } });
    if (res.error) message.error(t('forums.form.failed', { message: serverMessage(res.error) }));
  };
  return (
    <Card
      size="small"
      title={t('forums.field.attendees')}
      extra={
        <Typography.Text type="secondary" data-testid="forum-present-count">
          {t('forums.attendance.count', { present, total: attendances.length })}
        </Typography.Text>
      }
    >
      <Flex gap={6} wrap data-testid="forum-attendees-list">
        {attendances.map((a) =>
          editable ? (
            <Button
              key={a.officer.id}
              size="small"
              type={a.present ? 'primary' : 'default'}
              ghost={a.present}
              icon={a.present ? <CheckOutlined /> : <CloseOutlined />}
              disabled={fetching}
              onClick={() => toggle(a)}
              aria-label={`${a.officer.name} · ${a.present ? t('forums.detail.markAbsent') : t('forums.detail.markPresent')}`}
              data-testid="forum-attendee"
              data-present={a.present}
            >
              {a.officer.name}
              {a.present ? '' : ` · ${t('forums.attendance.absent')}`}
            </Button>
          ) : (
            <Tag
              key={a.officer.id}
              color={a.present ? 'blue' : 'default'}
              data-testid="forum-attendee"
              data-present={a.present}
            >
              {a.officer.name}
              {a.present ? '' : ` · ${t('forums.attendance.absent')}`}
            </Tag>
          ),
        )}
      </Flex>
    </Card>
  );
}
