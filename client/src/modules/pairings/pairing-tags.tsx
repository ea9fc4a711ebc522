import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { overdueDays } from '../../ui/dates';
import type { PairingAttention, PairingReason, PairingStatus, PairingType } from '../../gql/graphql';

const STATUS_COLOR: Record<PairingStatus, string> = {
  ACTIVE: 'green',
  IN_REVIEW: 'gold',
  CONCLUDED: 'default',
  ESCALATED: 'magenta',
  CANCELLED: 'default',
};

export function StatusTag({ status }: { status: PairingStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="pairing-status" data-status={status}>
      {t(`pairings.status.${status}`)}
    </Tag>
  );
}

export function TypeTag({ type }: { type: PairingType }) {
  const { t } = useTranslation();
  return (
    <Tag color={type === 'ONE_PLUS_X' ? 'purple' : 'blue'} data-testid="pairing-type" data-type={type}>
      {t(`pairings.pairingType.${type}`)}
    </Tag>
  );
}

export function ReasonTag({ reason }: { reason: PairingReason }) {
  const { t } = useTranslation();
  return <Tag>{t(`pairings.reason.${reason}`)}</Tag>;
}

/** "逾期 N 天" for an overdue pairing: a secretary thinks in how late, not in which day it was due. */
export function OverdueDaysTag({ due, overdue }: { due: string | null | undefined; overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  // Overdue by less than a calendar day still reads as overdue, never as "逾期 0 天".
  const days = Math.max(1, overdueDays(due));
  return (
    <Tag color="red" data-testid="pairing-overdue" data-days={days}>
      {t('common.overdueDays', { count: days })}
    </Tag>
  );
}

/** The roster changed under the pairing (a mentor or the mentee left the force): the secretary acts. */
export function AttentionTag({ attention }: { attention: PairingAttention | null | undefined }) {
  const { t } = useTranslation();
  if (!attention) return null;
  return (
    <Tag color="volcano" data-testid="pairing-attention" data-attention={attention}>
      {t(`pairings.attention.${attention}`)}
    </Tag>
  );
}

/**
 * What a pairing is at a glance, after the mentee's name: the badge number, then its status, type,
 * reason and lateness. The list row and the detail page show the same.
 */
export function PairingSummaryTags({
  pairing: p,
}: {
  pairing: {
    mentee: { badgeNumber?: string | null };
    status: PairingStatus;
    pairingType: PairingType;
    reason: PairingReason;
    nextContactDue?: string | null;
    overdue: boolean;
    attention?: PairingAttention | null;
  };
}) {
  return (
    <>
      <Typography.Text type="secondary">{p.mentee.badgeNumber}</Typography.Text>
      <StatusTag status={p.status} />
      <TypeTag type={p.pairingType} />
      <ReasonTag reason={p.reason} />
      <OverdueDaysTag due={p.nextContactDue} overdue={p.overdue} />
      <AttentionTag attention={p.attention} />
    </>
  );
}
