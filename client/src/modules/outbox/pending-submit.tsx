import { Alert, Button, Flex } from 'antd';
import { CloudUploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * The submit button of a record form, with the pending state where the thumb is: on a phone the
 * top of a long form is off-screen, so "waiting to be sent" is said at the button itself.
 */
export function PendingSubmit({
  pending,
  submitting,
  label,
  submittingLabel,
  testId,
}: {
  pending: boolean;
  submitting: boolean;
  label: string;
  submittingLabel?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8} style={{ marginTop: 24 }}>
      {pending && (
        <Alert
          type="warning"
          showIcon
          icon={<CloudUploadOutlined />}
          title={t('outbox.pendingAtButton')}
          description={t('outbox.pendingHint')}
          role="status"
          data-testid={`${testId}-pending`}
        />
      )}
      <Button
        type="primary"
        htmlType="submit"
        block
        size="large"
        style={{ height: 52 }}
        icon={pending ? <CloudUploadOutlined /> : undefined}
        loading={submitting}
        disabled={submitting || pending}
        data-testid={testId}
        data-pending={pending || undefined}
      >
        {pending ? t('outbox.pendingAtButton') : submitting && submittingLabel ? submittingLabel : label}
      </Button>
    </Flex>
  );
}
