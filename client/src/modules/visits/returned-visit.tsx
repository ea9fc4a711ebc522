import { Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LogVisitInput } from '../../gql/graphql';
import { useViewer } from '../auth';
import { notifyOutbox } from '../outbox/outbox-events';
import { clearDraft, dismissReturned } from '../outbox/outbox-storage';
import { ReturnedAlert } from '../outbox/returned-alert';
import { useReturnedEntries } from '../outbox/use-outbox';

/**
 * The visit page of a pairing that is no longer active. A visit queued for it while offline and
 * refused when sent (the pairing was cancelled meanwhile) is not dropped: the reason and what
 * was typed are shown here, to copy elsewhere, until the mentor discards it.
 */
export function PairingNotActive({ pairingId }: { pairingId: string }) {
  const { t } = useTranslation();
  const account = useViewer().username;
  const returned = useReturnedEntries().filter((e) => e.kind === 'visit' && e.target === pairingId);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }}>
      <Result status="warning" title={t('visits.form.pairingNotActive')} data-testid="log-visit-not-active" />
      {returned.map((entry) => {
        const input = entry.input as Partial<LogVisitInput>;
        const discard = () => {
          dismissReturned(account, entry.clientKey);
          clearDraft(account, 'visit', pairingId);
          notifyOutbox();
        };
        return (
          <Flex vertical gap={8} key={entry.clientKey}>
            <ReturnedAlert refusal={entry.refusal} onDiscard={discard} testId="visit-returned" />
            <Card size="small" data-testid="visit-returned-content">
              {[input.location, input.summary, input.observations].filter(Boolean).map((text, i) => (
                <Typography.Paragraph key={i} copyable style={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Typography.Paragraph>
              ))}
              {(input.actionItems ?? []).map((item, i) => (
                <Typography.Paragraph key={`item-${i}`} copyable>
                  {item.description}
                </Typography.Paragraph>
              ))}
            </Card>
          </Flex>
        );
      })}
    </Flex>
  );
}
