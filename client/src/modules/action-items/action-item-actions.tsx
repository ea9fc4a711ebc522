import { Suspense, useState } from 'react';
import { App, Button, Flex, Input, Modal, Popconfirm } from 'antd';
import { CheckOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAppAbility } from '../auth';
import { num, serverMessage } from '../visits/format';
import { UpdateActionItemMutation } from './action-item-documents';
import { lazyNamed } from '../../ui/lazy-named';

// The edit dialog (a date picker, an owner select) loads when first opened: the homes listing items
// do not pay for it.
const EditActionItem = lazyNamed(() => import('./edit-action-item'), 'EditActionItem');

export interface ActionItemRef {
  id: string;
  status: string;
  version: number;
  /** A confidential talk's follow-up: the rules keep it to its creator and the committee. */
  confidential: boolean;
  owner: { id: string; name?: string };
  branch: { id: string };
  pairing?: { id: string } | null;
  /** With these the item can be corrected here (an edit button for mentors and secretaries). */
  description?: string;
  dueDate?: string;
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
  const [editing, setEditing] = useState(false);
  const [editorLoaded, setEditorLoaded] = useState(false);

  if (item.status !== 'OPEN') return null;
  const subject = {
    __typename: 'ActionItem' as const,
    owner: num(item.owner.id),
    branch: num(item.branch.id),
    pairing: num(item.pairing?.id),
    confidential: item.confidential,
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
        title={t('actionItems.doneConfirm')}
        description={item.description}
        okText={t('actionItems.markDone')}
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
      {canDrop && item.description != null && item.dueDate != null && (
        <>
          <Button
            size="small"
            icon={<EditOutlined />}
            onClick={() => {
              setEditorLoaded(true);
              setEditing(true);
            }}
            data-testid={`item-edit-${item.id}`}
          >
            {t('actionItems.edit')}
          </Button>
          {editorLoaded && (
            <Suspense fallback={null}>
              <EditActionItem
                item={{
                  id: item.id,
                  version: item.version,
                  description: item.description,
                  dueDate: item.dueDate,
                  owner: { id: item.owner.id, name: item.owner.name ?? '' },
                  pairing: item.pairing,
                }}
                open={editing}
                onClose={() => setEditing(false)}
              />
            </Suspense>
          )}
        </>
      )}
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
        {item.description && <p style={{ whiteSpace: 'pre-wrap' }}>{item.description}</p>}
        <p>{t('actionItems.dropHint')}</p>
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
