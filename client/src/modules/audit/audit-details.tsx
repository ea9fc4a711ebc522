import { useState } from 'react';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { describeEvent, recordPath, type AuditRow, type NamedRecords } from './audit-describe';

// The 详情 column of the full log: the sentence of audit-describe.ts, and the records it names
// folded behind a button, each a link to its page.

/** The records an event names: folded behind a button, each id a link to its page. */
function RecordIds({ groups }: { groups: NamedRecords[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (groups.length === 0) return null;
  return (
    <>
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        onClick={() => setOpen((o) => !o)}
        data-testid="audit-ids-toggle"
      >
        {open ? t('audit.detail.hideIds') : t('audit.detail.showIds')}
      </Button>
      {open
        ? groups.map((g) => (
            <Flex key={g.type} wrap gap={6} align="center" data-testid={`audit-ids-${g.type}`}>
              <Typography.Text type="secondary">{g.label}</Typography.Text>
              {g.ids.map((id) => {
                const path = recordPath(g.type, id);
                return path ? (
                  <Link key={id} to={path}>
                    #{id}
                  </Link>
                ) : (
                  <span key={id}>#{id}</span>
                );
              })}
            </Flex>
          ))
        : null}
    </>
  );
}

/** The readable detail of one event. */
export function AuditDetail({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  const sentence = describeEvent(row, t);
  if (!sentence.text && sentence.records.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2} data-testid="audit-detail">
      <span>{sentence.text}</span>
      <RecordIds groups={sentence.records} />
    </Flex>
  );
}
