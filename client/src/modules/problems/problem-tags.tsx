import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProblemStatus } from '../../gql/graphql';
import { formatDate, overdueDays } from '../../ui/dates';

export const PROBLEM_STATUSES: ProblemStatus[] = ['OPEN', 'FIXED_ON_THE_SPOT', 'RECTIFYING', 'CLOSED', 'DECLINED'];

/** One colour per status, in the list, the problem page and a forum's problems. */
export const STATUS_COLOR: Record<ProblemStatus, string> = {
  OPEN: 'blue',
  FIXED_ON_THE_SPOT: 'green',
  RECTIFYING: 'orange',
  CLOSED: 'default',
  DECLINED: 'default',
};

interface StatusLike {
  status: ProblemStatus;
  overdue: boolean;
}

/** The status, and 已逾期 beside it when a problem is past its due date without being closed. */
export function ProblemStatusTag({ problem }: { problem: StatusLike }) {
  const { t } = useTranslation();
  return (
    <span data-testid="problem-status" data-status={problem.status}>
      <Tag color={STATUS_COLOR[problem.status]}>{t(`problems.status.${problem.status}`)}</Tag>
      {problem.overdue && <Tag color="red">{t('problems.overdue')}</Tag>}
    </span>
  );
}

interface OwnerLike {
  owner?: { name: string } | null;
  ownerBranch?: { name: string } | null;
}

/** Who rectifies it: a person or a branch. */
export function ProblemOwner({ problem }: { problem: OwnerLike }) {
  const { t } = useTranslation();
  const name = problem.owner?.name ?? problem.ownerBranch?.name;
  if (!name) return null;
  return (
    <span data-testid="problem-owner">
      {t('problems.field.owner')}
      {t('common.colon')}
      {name}
    </span>
  );
}

/** The due date, said as days overdue when it has passed on an unfinished problem. */
export function ProblemDue({ problem }: { problem: { dueDate?: string | null; overdue: boolean } }) {
  const { t } = useTranslation();
  if (!problem.dueDate) return null;
  return (
    <Typography.Text type={problem.overdue ? 'danger' : 'secondary'} style={{ fontSize: 'inherit' }}>
      {problem.overdue
        ? t('common.overdueDays', { count: overdueDays(problem.dueDate) })
        : `${t('problems.field.dueDate')}${t('common.colon')}${formatDate(problem.dueDate)}`}
    </Typography.Text>
  );
}
