import { useState } from 'react';
import { App, Button, Flex, Input, Modal, Popconfirm } from 'antd';
import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAppAbility } from '../auth';
import { num, serverMessage } from '../visits/format';
import { UpdateActionItemMutation } from './action-item-documents';

export interface ActionItemRef {
  id: string;
  status: string;
  version: number;
  owner: { id: string };
  branch: { id: string };
  pairing?: { id: string } | null;
}

/**
 * Closing an open item: its owner marks it done; mentors and secretaries may also drop it, with
 * the reason. Buttons the viewer's rules do not allow are not shown (the server decides anyway).
 */
export function ActionItemActions({ item }: { item: ActionItemRef }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const ability = useAppAbility();
  const [{ fetching }, update] = useMutation(UpdateActionItemMutation);
  const [dropping, setDropping] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState(false);

  if (item.status !== 'OPEN') return null;
  const subject = {
    __typename: 'ActionItem' as const,
    owner: num(item.owner.id),
    branch: num(item.branch.id),
    pairing: num(item.pairing?.id),
  };
  const canDrop = ability.can('update', subject);
  const canDone = canDrop || ability.can('complete', subject);
  if (!canDone) return null;

  const close = async (status: 'DONE' | 'DROPPED', text?: string) => {
    const res = await update({ input: { id: item.id, status, note: text || null, version: item.version } });
    if (res.error) {
      message.error(t('actionItems.failed', { message: serverMessage(res.error) }));
      return false;
    }
    message.success(t(status === 'DONE' ? 'actionItems.done' : 'actionItems.dropped'));
    return true;
  };

  return (
    <Flex gap={8} wrap>
      <Popconfirm
        title={t('actionItems.markDone')}
        onConfirm={() => close('DONE')}
        okButtonProps={{ 'data-testid': `item-done-confirm-${item.id}` } as never}
      >
        <Button
          size="small"
          type="primary"
          ghost
          icon={<CheckOutlined />}
          loading={fetching}
          data-testid={`item-done-${item.id}`}
        >
          {t('actionItems.markDone')}
        </Button>
      </Popconfirm>
      {canDrop && (
        <Button
          size="small"
          icon={<StopOutlined />}
          onClick={() => setDropping(true)}
          data-testid={`item-drop-${item.id}`}
        >
          {t('actionItems.drop')}
        </Button>
      )}
      <Modal
        open={dropping}
        title={t('actionItems.dropTitle')}
        confirmLoading={fetching}
        onCancel={() => setDropping(false)}
        onOk={async () => {
          if (!note.trim()) {
            setNoteError(true);
            return;
          }
          if (await close('DROPPED', note.trim())) setDropping(false);
        }}
        okButtonProps={{ 'data-testid': 'item-drop-confirm' } as never}
      >
        <Input.TextArea
          rows={3}
          value={note}
          status={noteError ? 'error' : undefined}
          placeholder={t('actionItems.dropNote')}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteError(false);
          }}
          data-testid="item-drop-note"
        />
        {noteError && <div style={{ color: 'var(--ant-color-error)' }}>{t('actionItems.noteRequired')}</div>}
      </Modal>
    </Flex>
  );
}
