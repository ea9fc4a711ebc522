import { LIMITS } from '@tongxin/schema';
import { useState } from 'react';
import { App, Button, Descriptions, Flex, Input, Modal, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { VisitKind } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { serverMessage } from './format';
import { AcknowledgeVisitMutation } from './visit-documents';

/** What the mentee is asked to confirm: enough to recognise the visit before signing it. */
export interface VisitToAcknowledge {
  id: string;
  kind: VisitKind;
  occurredAt: string;
  summary: string;
  author: { name: string };
}

/**
 * 签字确认: the mentee confirms a visit, with an optional comment. It cannot be undone and locks the
 * visit, so the tap opens a dialog repeating what is being signed; only its OK button signs.
 */
export function AcknowledgeVisit({ visit, onDone }: { visit: VisitToAcknowledge; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeVisitMutation);
  const visitId = visit.id;

  const submit = async () => {
    if (fetching) return;
    const res = await acknowledge({ id: visitId, comment: comment.trim() || null });
    if (res.error) {
      message.error(t('visits.form.failed', { message: serverMessage(res.error) }));
      return;
    }
    setConfirming(false);
    message.success(t('visits.detail.acknowledged'));
    onDone?.();
  };

  return (
    <Flex vertical gap={8} data-testid={`ack-form-${visitId}`}>
      <Typography.Text type="secondary">{t('visits.detail.acknowledgeHint')}</Typography.Text>
      <Input.TextArea
        rows={2}
        maxLength={LIMITS.mediumText}
        value={comment}
        placeholder={t('visits.field.comment')}
        onChange={(e) => setComment(e.target.value)}
        data-testid={`ack-comment-${visitId}`}
      />
      <Button
        type="primary"
        size="large"
        block
        icon={<CheckCircleOutlined />}
        disabled={fetching}
        onClick={() => setConfirming(true)}
        data-testid={`ack-visit-${visitId}`}
      >
        {t('visits.detail.acknowledge')}
      </Button>
      <Modal
        open={confirming}
        title={t('visits.detail.acknowledgeConfirmTitle')}
        okText={t('visits.detail.acknowledgeConfirmOk')}
        cancelText={t('visits.detail.cancel')}
        confirmLoading={fetching}
        onOk={submit}
        onCancel={() => setConfirming(false)}
        okButtonProps={{ 'data-testid': `ack-confirm-${visitId}` } as never}
        cancelButtonProps={{ 'data-testid': `ack-cancel-${visitId}` } as never}
      >
        <Flex vertical gap={8} data-testid={`ack-dialog-${visitId}`}>
          <Typography.Text>{t('visits.detail.acknowledgeConfirmHint')}</Typography.Text>
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'kind', label: t('visits.field.kind'), children: t(`visits.kind.${visit.kind}`) },
              { key: 'at', label: t('visits.field.occurredAt'), children: formatDateTime(visit.occurredAt) },
              { key: 'author', label: t('visits.field.author'), children: visit.author.name },
              {
                key: 'summary',
                label: t('visits.field.summary'),
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{visit.summary}</span>,
              },
              ...(comment.trim()
                ? [{ key: 'comment', label: t('visits.field.comment'), children: comment.trim() }]
                : []),
            ]}
          />
        </Flex>
      </Modal>
    </Flex>
  );
}
