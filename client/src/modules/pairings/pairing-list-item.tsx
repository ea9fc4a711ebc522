import { Flex, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { PairingListItemFragment } from '../../gql/graphql';
import { localDay } from './pairing-helpers';
import { OverdueTag, ReasonTag, StatusTag, TypeTag } from './pairing-tags';

/** One pairing in a list: who, how, how urgent; the whole row opens the pairing. */
export function PairingListItem({ p }: { p: PairingListItemFragment }) {
  const { t } = useTranslation();
  return (
    <List.Item data-testid="pairing-row" data-pairing-id={p.id} data-mentee={p.mentee.name}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Link to={`/pairings/${p.id}`} data-testid="pairing-link">
            <Typography.Text strong>{p.mentee.name}</Typography.Text>
          </Link>
          <Typography.Text type="secondary">{p.mentee.badgeNumber}</Typography.Text>
          <StatusTag status={p.status} />
          <TypeTag type={p.pairingType} />
          <ReasonTag reason={p.reason} />
          <OverdueTag overdue={p.overdue} />
        </Flex>
        <Typography.Text type="secondary">
          {t('pairings.list.lead')}：{p.leadMentor?.name ?? '—'} · {t('pairings.list.nextContact')}：
          {localDay(p.nextContactDue)}
        </Typography.Text>
      </Flex>
    </List.Item>
  );
}
