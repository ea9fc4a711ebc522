import { Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useViewer } from '../auth';
import { LoadFailed } from '../../ui/load-failed';
import { OwnPairingDocument } from './pairing-documents';
import { PairingDetail } from './pairing-detail';

/** Only OFFICER rights: the officer can see one pairing at most, their own. */
export function seesOnlyOwnPairing(roles: readonly string[]): boolean {
  return roles.length > 0 && roles.every((r) => r === 'OFFICER');
}

/**
 * 结对帮扶 for an officer who is only a mentee: their pairing itself, not a search toolbar over a
 * list of one; a plain statement when they have none.
 */
export function OwnPairing() {
  const { t } = useTranslation();
  const me = useViewer();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: OwnPairingDocument,
    variables: { menteeId: me.officer.id },
  });
  if (fetching && !data) return <Skeleton active data-testid="page-loading" />;
  if (error && !data) return <LoadFailed onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  const own = data?.pairings.edges[0]?.node;
  if (own) return <PairingDetail pairingId={own.id} />;
  return (
    <Flex vertical gap={16} data-testid="page-pairings">
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('pairings.title')}
      </Typography.Title>
      <Empty
        data-testid="own-pairing-empty"
        description={
          <Flex vertical gap={4}>
            <Typography.Text>{t('pairings.detail.ownNone')}</Typography.Text>
            <Typography.Text type="secondary">{t('pairings.detail.ownNoneHint')}</Typography.Text>
          </Flex>
        }
      />
    </Flex>
  );
}
