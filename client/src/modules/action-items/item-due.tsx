import { useTranslation } from 'react-i18next';
import { formatDate, overdueDays, useRelativeDay } from '../../ui/dates';

// Plain markup: the officer's home (part of a first load) shows it too.
/**
 * "期限 2026-12-01 · 逾期 5 天": the date and how a person thinks of it. An open item shows the
 * distance to its due date; a closed one only the date.
 */
export function ItemDue({ dueDate, open }: { dueDate: string; open: boolean }) {
  const { t } = useTranslation();
  const relative = useRelativeDay();
  const late = open ? overdueDays(dueDate) : 0;
  return (
    <span data-testid="item-due">
      {t('actionItems.due', { date: formatDate(dueDate) })}
      {open && (
        <span className={late > 0 ? 'tx-danger' : 'tx-secondary'}>
          {' · '}
          {late > 0 ? t('common.overdueDays', { count: late }) : relative(dueDate)}
        </span>
      )}
    </span>
  );
}
