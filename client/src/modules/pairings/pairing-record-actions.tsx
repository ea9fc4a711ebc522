import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { PairingDetailQuery } from '../../gql/graphql';
import { useAppAbility, useViewer } from '../auth';

type Pairing = Pick<NonNullable<PairingDetailQuery['pairing']>, 'id' | 'status' | 'branch' | 'mentee'>;

/**
 * 记录走访 / 记录谈话 from the pairing itself, each only when the shared rules let this viewer do it
 * (the server checks again): a visit by a mentor of this pairing while it is active, a talk by
 * whoever may talk with its mentee while the pairing is live.
 */
export function PairingRecordActions({ pairing }: { pairing: Pairing }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const me = useViewer();
  const menteeId = Number(pairing.mentee.id);
  const canVisit =
    pairing.status === 'ACTIVE' &&
    ability.can('create', { __typename: 'Visit', pairing: Number(pairing.id), mentee: menteeId });
  const canTalk =
    (pairing.status === 'ACTIVE' || pairing.status === 'IN_REVIEW') &&
    ability.can('create', {
      __typename: 'Talk',
      talkee: menteeId,
      talker: Number(me.officer.id),
      branch: Number(pairing.branch.id),
      bureau: Number(me.bureau.id),
      pairing: Number(pairing.id),
    });
  if (!canVisit && !canTalk) return null;
  const talkParams = new URLSearchParams({ pairingId: pairing.id, talkeeId: pairing.mentee.id });
  return (
    <Flex gap={8} wrap data-testid="pairing-record-actions">
      {canVisit ? (
        <Button
          type="primary"
          data-testid="action-log-visit"
          onClick={() => navigate(`/visits/new?pairingId=${encodeURIComponent(pairing.id)}`)}
        >
          {t('pairings.actions.logVisit')}
        </Button>
      ) : null}
      {canTalk ? (
        <Button data-testid="action-record-talk" onClick={() => navigate(`/talks/new?${talkParams.toString()}`)}>
          {t('pairings.actions.recordTalk')}
        </Button>
      ) : null}
    </Flex>
  );
}
