import { Badge, Button, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LightCard } from '../../ui/light-ui';
import { Link, useNavigate } from 'react-router-dom';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { useAppAbility, useViewer } from '../auth';
import { LoadFailed } from '../../ui/load-failed';
import type { PairingListItemFragment } from '../../gql/graphql';
import { SecretaryHomeDocument } from '../pairings/pairing-documents';
import { PairingListItem } from '../pairings/pairing-list-item';
import { useDueSummary } from '../reminders/due-summary';

function PairingCard({
  title,
  testId,
  items,
  total,
  link,
  extra,
}: {
  title: string;
  testId: string;
  items: PairingListItemFragment[];
  total: number;
  link: string;
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <LightCard
      titleAs="div"

      data-testid={testId}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{title}</span>
          <Badge count={total} showZero color={total ? '#b71c1c' : '#bbb'} />
          {extra}
        </Flex>
      }
      extra={<Link to={link}>{t('pairings.home.viewAll')}</Link>}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pairings.home.none')} />
      ) : (
        <div>
          {items.map((p) => (
            <PairingListItem key={p.id} p={p} />
          ))}
        </div>
      )}
    </LightCard>
  );
}

/**
 * 支部书记工作台: the branch's pairs that need attention (overdue first), visits the mentees have not
 * signed, pairs waiting for the committee, and officers flagged but not yet paired. `onReady` hears
 * of the first answer (or failure), once: the profile below waits for it.
 */
export function SecretaryHome({ onReady }: { onReady?: () => void }) {
  const { t } = useTranslation();
  const me = useViewer();
  const navigate = useNavigate();
  const canCreate = useAppAbility().can('create', 'Pairing');
  // The overdue count is the reminders' own (the 待办 card above and the inbox say the same).
  const { kinds } = useDueSummary();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: SecretaryHomeDocument,
    variables: { branchId: me.branch.id },
    requestPolicy: 'cache-and-network',
  });
  const answered = Boolean(data || error) || !fetching;
  useEffect(() => {
    if (answered) onReady?.();
  }, [answered, onReady]);
  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!data) return null;
  const nodes = <T,>(c: { edges: { node: T }[] }) => c.edges.map((e) => e.node);
  const overdue = kinds?.find((k) => k.kind === 'PAIRING_OVERDUE')?.count ?? 0;
  return (
    <Flex vertical gap={16} data-testid="secretary-home">
      <PairingCard
        title={t('pairings.home.active')}
        testId="home-active-pairings"
        items={nodes(data.active)}
        total={data.active.totalCount}
        link="/pairings?status=ACTIVE"
        extra={
          overdue ? (
            <Link to="/pairings?overdue=1" data-testid="home-overdue-count">
              <Tag color="red">{t('pairings.home.overdueCount', { count: overdue })}</Tag>
            </Link>
          ) : (
            <Typography.Text type="secondary">{t('pairings.home.activeHint')}</Typography.Text>
          )
        }
      />
      <PairingCard
        title={t('pairings.home.awaitingAck')}
        testId="home-awaiting-ack"
        items={nodes(data.awaitingAck)}
        total={data.awaitingAck.totalCount}
        link="/pairings?ack=1"
      />
      <PairingCard
        title={t('pairings.home.inReview')}
        testId="home-in-review"
        items={nodes(data.inReview)}
        total={data.inReview.totalCount}
        link="/pairings?status=IN_REVIEW"
      />
      <LightCard
        titleAs="div"
        data-testid="home-flagged"
        title={
          <Flex gap={8} align="center">
            <span>{t('pairings.home.flagged')}</span>
            <Badge count={data.flagged.totalCount} showZero color={data.flagged.totalCount ? '#d48806' : '#bbb'} />
          </Flex>
        }
      >
        {data.flagged.edges.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('pairings.home.flaggedEmpty')} />
        ) : (
          <Flex vertical>
            {nodes(data.flagged).map((o) => (
              <Flex
                key={o.id}
                data-testid="flagged-officer"
                data-officer-id={o.id}
                data-name={o.name}
                justify="space-between"
                align="center"
                gap={8}
                wrap
                style={{ padding: '8px 0', borderBottom: '1px solid rgba(5, 5, 5, 0.06)' }}
              >
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong>{o.name}</Typography.Text>
                  <Typography.Text type="secondary">{o.badgeNumber}</Typography.Text>
                  {o.position ? <Typography.Text type="secondary">{o.position}</Typography.Text> : null}
                  {o.flaggedReason ? <Tag color="orange">{t(`pairings.reason.${o.flaggedReason}`)}</Tag> : null}
                </Flex>
                {canCreate ? (
                  <Button
                    type="primary"
                    data-testid="flagged-create-pairing"
                    onClick={() => navigate(`/pairings/new?mentee=${o.id}`)}
                  >
                    {t('pairings.home.createFor')}
                  </Button>
                ) : null}
              </Flex>
            ))}
          </Flex>
        )}
      </LightCard>
    </Flex>
  );
}
