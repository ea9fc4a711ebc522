import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { reasonMessage, type ServerRefusal } from '../api/server-error';

/**
 * Above a record form whose queued submission the server refused: why, and that what was typed is
 * still here as a draft, to fix and send again or to discard.
 */
export function ReturnedAlert({
  refusal,
  onDiscard,
  testId,
}: {
  refusal: ServerRefusal;
  onDiscard?: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="error"
      showIcon
      title={t('outbox.returned', { reason: reasonMessage(refusal, t) })}
      description={t('outbox.returnedHint')}
      action={
        onDiscard && (
          <Button size="small" danger onClick={onDiscard} data-testid={`${testId}-discard`}>
            {t('outbox.returnedDiscard')}
          </Button>
        )
      }
      data-testid={testId}
    />
  );
}
