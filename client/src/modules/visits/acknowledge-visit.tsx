import { useState } from 'react';
import { App, Button, Flex, Input, Typography } from 'antd';
import { CheckCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { serverMessage } from './format';
import { AcknowledgeVisitMutation } from './visit-documents';

/** 签字确认: the mentee confirms a visit, with an optional comment. Once done it is read-only. */
export function AcknowledgeVisit({ visitId, onDone }: { visitId: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [comment, setComment] = useState('');
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeVisitMutation);

  const submit = async () => {
    if (fetching) return;
    const res = await acknowledge({ id: visitId, comment: comment.trim() || null });
    if (res.error) {
      message.error(t('visits.form.failed', { message: serverMessage(res.error) }));
      return;
    }
    message.success(t('visits.detail.acknowledged'));
    onDone?.();
  };

  return (
    <Flex vertical gap={8} data-testid={`ack-form-${visitId}`}>
      <Typography.Text type="secondary">{t('visits.detail.acknowledgeHint')}</Typography.Text>
      <Input.TextArea
        rows={2}
        maxLength={500}
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
        loading={fetching}
        disabled={fetching}
        onClick={submit}
        data-testid={`ack-visit-${visitId}`}
      >
        {t('visits.detail.acknowledge')}
      </Button>
    </Flex>
  );
}
