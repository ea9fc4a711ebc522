import { useState } from 'react';
import { App, Button, Flex, Input, Modal, Segmented, Typography } from 'antd';
import {
  CheckOutlined,
  ClockCircleOutlined,
  PhoneOutlined,
  StopOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { LIMITS } from '@tongxin/schema';
import { DateInput } from '../../ui/date-inputs';
import { todayPlus, serverMessage } from '../visits/format';
import type { ProblemActionsFragment as ProblemRef, ProblemFollowUpKind, ProblemStatus } from '../../gql/graphql';
import { graphql } from '../../gql';
import { useAppAbility, useViewer } from '../auth';
import {
  CloseProblemMutation,
  DeclineProblemMutation,
  FixOnTheSpotMutation,
  LogProblemFollowUpMutation,
  StartRectifyingMutation,
} from './problem-documents';

/** What the actions read of a problem: the server says which of them this viewer may take. */
export const ProblemActionsFragment = graphql(`
  fragment ProblemActions on Problem {
    id
    status
    text
    dueDate
    version
    branch {
      id
    }
    owner {
      id
    }
    ownerBranch {
      id
    }
    raisedBy {
      id
    }
    createdBy {
      id
    }
  }
`);

type Action = 'fix' | 'rectify' | 'close' | 'decline' | 'followUp';

const UNRESOLVED: ProblemStatus[] = ['OPEN', 'RECTIFYING'];
const RESOLVED: ProblemStatus[] = ['CLOSED', 'FIXED_ON_THE_SPOT'];

/**
 * The steps the viewer's rules allow on this problem in its state, as the server checks them: the
 * problem's secretary and the committee `update` it (即知即改, 限期整改, 不予采纳), its owner also
 * `complete`s it (销号, 回访).
 */
function useOffered(p: ProblemRef): Action[] {
  const ability = useAppAbility();
  const me = useViewer();
  const id = (ref: { id: string } | null | undefined) => (ref ? Number(ref.id) : null);
  const subject = {
    __typename: 'Problem' as const,
    bureau: Number(me.bureau.id),
    branch: id(p.branch),
    owner: id(p.owner),
    ownerBranch: id(p.ownerBranch),
    raisedBy: id(p.raisedBy),
    createdBy: id(p.createdBy),
  };
  const update = ability.can('update', subject);
  const complete = ability.can('complete', subject);
  const open = UNRESOLVED.includes(p.status);
  const allowed: [Action, boolean][] = [
    ['fix', update && p.status === 'OPEN'],
    ['rectify', update && open],
    ['close', complete && open],
    ['decline', update && open],
    ['followUp', complete && RESOLVED.includes(p.status)],
  ];
  return allowed.filter(([, ok]) => ok).map(([a]) => a);
}

const ICONS: Record<Action, React.ReactNode> = {
  fix: <ThunderboltOutlined />,
  rectify: <ClockCircleOutlined />,
  close: <CheckOutlined />,
  decline: <StopOutlined />,
  followUp: <PhoneOutlined />,
};
const TEST_IDS: Record<Action, string> = {
  fix: 'fix',
  rectify: 'rectify',
  close: 'close',
  decline: 'decline',
  followUp: 'follow-up',
};

/**
 * The next steps of a problem, each behind a dialog that asks for what it needs: 限期整改 a due date,
 * 销号 a note on what was done, 不予采纳 a reason, a follow-up with the raiser how and what they said.
 * Only the steps the viewer may take in the problem's state are offered; the server decides anyway.
 */
export function ProblemActions({ problem, onDone }: { problem: ProblemRef; onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Action | null>(null);
  const [note, setNote] = useState('');
  const [due, setDue] = useState<string | undefined>(problem.dueDate ?? todayPlus(30));
  const [followKind, setFollowKind] = useState<ProblemFollowUpKind>('PHONE');
  const [invalid, setInvalid] = useState(false);
  const offered = useOffered(problem);
  const [fix, doFix] = useMutation(FixOnTheSpotMutation);
  const [rectify, doRectify] = useMutation(StartRectifyingMutation);
  const [close, doClose] = useMutation(CloseProblemMutation);
  const [decline, doDecline] = useMutation(DeclineProblemMutation);
  const [follow, doFollow] = useMutation(LogProblemFollowUpMutation);
  const busy = fix.fetching || rectify.fetching || close.fetching || decline.fetching || follow.fetching;

  const start = (action: Action) => {
    setNote('');
    setInvalid(false);
    setOpen(action);
  };

  const confirm = async () => {
    const text = note.trim();
    if ((open === 'rectify' && !due) || (open !== 'rectify' && open !== 'fix' && !text)) {
      setInvalid(true);
      return;
    }
    const { id, version } = problem;
    const res =
      open === 'fix'
        ? await doFix({ input: { id, resolution: text || null, version } })
        : open === 'rectify'
          ? await doRectify({ input: { id, dueDate: due!, note: text || null, version } })
          : open === 'close'
            ? await doClose({ input: { id, resolution: text, version } })
            : open === 'decline'
              ? await doDecline({ input: { id, reason: text, version } })
              : await doFollow({
                  input: { problemId: id, kind: followKind, note: text, occurredAt: new Date().toISOString() },
                });
    if (res.error) {
      message.error(t('problems.actions.failed', { message: serverMessage(res.error) }));
      return;
    }
    message.success(t('problems.actions.done'));
    setOpen(null);
    onDone?.();
  };

  if (offered.length === 0) return null;

  return (
    <Flex gap={8} wrap data-testid="problem-actions">
      {offered.map((action) => (
        <Button
          key={action}
          size="large"
          type={action === 'close' ? 'primary' : 'default'}
          icon={ICONS[action]}
          onClick={() => start(action)}
          data-testid={`problem-${TEST_IDS[action]}`}
        >
          {t(`problems.actions.${action}`)}
        </Button>
      ))}
      <Modal
        open={open !== null}
        title={open ? t(`problems.actions.${open}Title`) : null}
        confirmLoading={busy}
        onCancel={() => setOpen(null)}
        onOk={confirm}
        cancelText={t('problems.actions.cancel')}
        okButtonProps={{ 'data-testid': 'problem-action-confirm' } as never}
      >
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{problem.text}</Typography.Paragraph>
        {open === 'rectify' ? (
          <>
            <p>{t('problems.actions.rectifyHint')}</p>
            <DateInput
              value={due}
              onChange={(v) => {
                setDue(v);
                setInvalid(false);
              }}
              status={invalid ? 'error' : undefined}
              data-testid="problem-action-due"
            />
          </>
        ) : (
          <>
            {open === 'fix' && <p>{t('problems.actions.fixHint')}</p>}
            {open === 'close' && <p>{t('problems.actions.closeHint')}</p>}
            {open === 'decline' && <p>{t('problems.actions.declineHint')}</p>}
            {open === 'followUp' && (
              <Segmented
                block
                value={followKind}
                onChange={(v) => setFollowKind(v as ProblemFollowUpKind)}
                options={(['PHONE', 'IN_PERSON'] as const).map((k) => ({
                  value: k,
                  label: t(`problems.followUpKind.${k}`),
                }))}
                style={{ marginBottom: 12 }}
                data-testid="problem-follow-up-kind"
              />
            )}
            <Input.TextArea
              rows={3}
              value={note}
              maxLength={LIMITS.actionItemText}
              status={invalid ? 'error' : undefined}
              placeholder={
                open === 'fix'
                  ? t('problems.actions.fixNote')
                  : open === 'close'
                    ? t('problems.field.closeNote')
                    : open === 'decline'
                      ? t('problems.field.declineReason')
                      : t('problems.actions.followUpNote')
              }
              onChange={(e) => {
                setNote(e.target.value);
                setInvalid(false);
              }}
              data-testid="problem-action-note"
            />
          </>
        )}
        {invalid && (
          <div style={{ color: 'var(--ant-color-error)' }} role="alert">
            {open === 'rectify' ? t('problems.actions.dueRequired') : t('problems.actions.noteRequired')}
          </div>
        )}
      </Modal>
    </Flex>
  );
}
