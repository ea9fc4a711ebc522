import { Suspense, useState } from 'react';
import { CheckCircleOutlined, CheckOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { LIMITS } from '@tongxin/schema';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { AntdScope } from '../../ui/antd-scope';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { formatDateTime } from '../../ui/dates';
import { toastError, toastSuccess } from '../../ui/feedback';
import { lazyNamed } from '../../ui/lazy-named';
import { LightButton } from '../../ui/light-ui';
import type { ActionItemRef } from '../action-items/action-item-actions';
import { UpdateActionItemMutation } from '../action-items/action-item-documents';
import { useAppAbility } from '../auth';
import type { VisitToAcknowledge } from '../visits/acknowledge-visit';
import { num, serverMessage } from '../visits/format';
import { AcknowledgeVisitMutation } from '../visits/visit-documents';

// The officer's home signs visits and closes items in place, with the same questions and rules as
// the visit page and the action-item list (acknowledge-visit.tsx, action-item-actions.tsx), in
// plain markup: a mentor owning items would otherwise load antd with their home. The edit dialog
// (a date picker, an owner select) still loads antd, when opened.
const EditActionItem = lazyNamed(() => import('../action-items/edit-action-item'), 'EditActionItem');

/** 签字确认 on the home: an optional comment, then a dialog repeating what is being signed. */
export function HomeAcknowledgeVisit({ visit, onDone }: { visit: VisitToAcknowledge; onDone?: () => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [{ fetching }, acknowledge] = useMutation(AcknowledgeVisitMutation);
  const id = visit.id;

  const submit = async () => {
    if (fetching) return;
    const res = await acknowledge({ id, comment: comment.trim() || null });
    if (res.error) {
      toastError(t('visits.form.failed', { message: serverMessage(res.error) }));
      return;
    }
    setConfirming(false);
    toastSuccess(t('visits.detail.acknowledged'));
    onDone?.();
  };
  const rows: [string, string][] = [
    [t('visits.field.kind'), t(`visits.kind.${visit.kind}`)],
    [t('visits.field.occurredAt'), formatDateTime(visit.occurredAt)],
    [t('visits.field.author'), visit.author.name],
    [t('visits.field.summary'), visit.summary],
    ...(comment.trim() ? [[t('visits.field.comment'), comment.trim()] as [string, string]] : []),
  ];

  return (
    <div className="tx-stack" style={{ gap: 8 }} data-testid={`ack-form-${id}`}>
      <label htmlFor={`ack-comment-${id}`} className="tx-secondary">
        {t('visits.detail.acknowledgeHint')}
      </label>
      <textarea
        id={`ack-comment-${id}`}
        className="tx-textarea"
        rows={2}
        maxLength={LIMITS.mediumText}
        value={comment}
        placeholder={t('visits.field.comment')}
        onChange={(e) => setComment(e.target.value)}
        data-testid={`ack-comment-${id}`}
      />
      <LightButton
        variant="primary"
        size="large"
        block
        icon={<CheckCircleOutlined />}
        disabled={fetching}
        onClick={() => setConfirming(true)}
        data-testid={`ack-visit-${id}`}
      >
        {t('visits.detail.acknowledge')}
      </LightButton>
      {confirming && (
        <ConfirmDialog
          warning={false}
          title={t('visits.detail.acknowledgeConfirmTitle')}
          okText={t('visits.detail.acknowledgeConfirmOk')}
          cancelText={t('visits.detail.cancel')}
          okLoading={fetching}
          onOk={() => void submit()}
          onCancel={() => setConfirming(false)}
          okTestId={`ack-confirm-${id}`}
          cancelTestId={`ack-cancel-${id}`}
        >
          <div className="tx-stack" style={{ gap: 8 }} data-testid={`ack-dialog-${id}`}>
            <span>{t('visits.detail.acknowledgeConfirmHint')}</span>
            <dl className="tx-descriptions tx-descriptions-bordered">
              {rows.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd style={{ whiteSpace: 'pre-wrap' }}>{value}</dd>
                </div>
              ))}
            </dl>
          </div>
        </ConfirmDialog>
      )}
    </div>
  );
}

/** Marking an item done, dropping it with the reason, correcting it: as ActionItemActions. */
export function HomeItemActions({ item }: { item: ActionItemRef }) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const [{ fetching }, update] = useMutation(UpdateActionItemMutation);
  const [asking, setAsking] = useState<'done' | 'drop' | null>(null);
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
      toastError(t('actionItems.failed', { message: serverMessage(res.error) }));
      return;
    }
    setAsking(null);
    toastSuccess(t(status === 'DONE' ? 'actionItems.done' : 'actionItems.dropped'));
  };

  return (
    <div className="tx-row" style={{ gap: 8 }}>
      <LightButton
        size="small"
        variant="ghost"
        icon={<CheckOutlined />}
        loading={fetching}
        onClick={() => setAsking('done')}
        data-testid={`item-done-${item.id}`}
      >
        {t('actionItems.markDone')}
      </LightButton>
      {canDrop && item.description != null && item.dueDate != null && (
        <>
          <LightButton
            size="small"
            icon={<EditOutlined />}
            onClick={() => {
              setEditorLoaded(true);
              setEditing(true);
            }}
            data-testid={`item-edit-${item.id}`}
          >
            {t('actionItems.edit')}
          </LightButton>
          {editorLoaded && (
            <AntdScope fallback={null}>
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
            </AntdScope>
          )}
        </>
      )}
      {canDrop && (
        <LightButton
          size="small"
          icon={<StopOutlined />}
          onClick={() => setAsking('drop')}
          data-testid={`item-drop-${item.id}`}
        >
          {t('actionItems.drop')}
        </LightButton>
      )}
      {asking === 'done' && (
        <ConfirmDialog
          title={t('actionItems.doneConfirm')}
          okText={t('actionItems.markDone')}
          cancelText={t('visits.detail.cancel')}
          okLoading={fetching}
          onOk={() => void close('DONE')}
          onCancel={() => setAsking(null)}
          okTestId={`item-done-confirm-${item.id}`}
        >
          {item.description}
        </ConfirmDialog>
      )}
      {asking === 'drop' && (
        <ConfirmDialog
          warning={false}
          title={t('actionItems.dropTitle')}
          okText={t('actionItems.drop')}
          cancelText={t('visits.detail.cancel')}
          okLoading={fetching}
          onOk={() => {
            if (!note.trim()) setNoteError(true);
            else void close('DROPPED', note.trim());
          }}
          onCancel={() => setAsking(null)}
          okTestId="item-drop-confirm"
        >
          {item.description && <p style={{ whiteSpace: 'pre-wrap' }}>{item.description}</p>}
          <p>{t('actionItems.dropHint')}</p>
          <textarea
            className={noteError ? 'tx-textarea tx-textarea-error' : 'tx-textarea'}
            rows={3}
            value={note}
            aria-label={t('actionItems.dropNote')}
            aria-invalid={noteError || undefined}
            placeholder={t('actionItems.dropNote')}
            onChange={(e) => {
              setNote(e.target.value);
              setNoteError(false);
            }}
            data-testid="item-drop-note"
          />
          {noteError && (
            <div className="tx-danger" role="alert">
              {t('actionItems.noteRequired')}
            </div>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}
