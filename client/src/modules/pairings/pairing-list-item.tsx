import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { PairingListItemFragment } from '../../gql/graphql';
import { RelativeDate } from '../../ui/dates';
import { PairingSummaryTags } from './pairing-tags';

const LIVE = new Set(['ACTIVE', 'IN_REVIEW']);

/**
 * One pairing in a list: who, how, how urgent; a tap anywhere on the row opens the pairing (the
 * name stays a real link, for keyboards and "open in new tab"). `showBranch` for viewers who see several branches.
 */
export function PairingListItem({ p, showBranch = false }: { p: PairingListItemFragment; showBranch?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const to = `/pairings/${p.id}`;
  const live = LIVE.has(p.status);
  return (
    <div
      className="pairing-row"
      data-testid="pairing-row"
      data-pairing-id={p.id}
      data-mentee={p.mentee.name}
      onClick={() => navigate(to)}
      style={{ cursor: 'pointer', padding: '12px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
    >
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Link to={to} data-testid="pairing-link" onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong>{p.mentee.name}</Typography.Text>
          </Link>
          <PairingSummaryTags pairing={p} />
        </Flex>
        <Flex gap={12} wrap>
          {showBranch ? (
            <Typography.Text type="secondary" data-testid="pairing-branch">
              {p.branch.name}
            </Typography.Text>
          ) : null}
          <Typography.Text type="secondary">
            {t('pairings.list.lead')}
            {t('common.colon')}
            {p.leadMentor?.name ?? '—'}
          </Typography.Text>
          {/* A closed pairing owes no contact: no next contact date to show. */}
          {live && p.nextContactDue ? (
            <Typography.Text type="secondary" data-testid="pairing-next-contact">
              {t('pairings.list.nextContact')}
              {t('common.colon')}
              <RelativeDate value={p.nextContactDue} />
            </Typography.Text>
          ) : null}
        </Flex>
      </Flex>
    </div>
  );
}
