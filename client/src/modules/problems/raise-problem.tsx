import { useRef, useState } from 'react';
import { LIMITS } from '@tongxin/schema';
import { App, Button, Form, Input, Modal, Segmented, Select } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { RaiseProblemInput } from '../../gql/graphql';
import { DateInput } from '../../ui/date-inputs';
import { useAppAbility, useViewer } from '../auth';
import { newClientKey } from '../outbox/outbox-storage';
import { OfficerSelect } from '../pairings/officer-select';
import { errorField, serverMessage, todayPlus } from '../visits/format';
import { ANONYMOUS } from '../forums/forum-input';
import { ProblemCategoriesQuery } from '../forums/forum-documents';
import { ProblemBranchesQuery, RaiseProblemMutation } from './problem-documents';

/** Where the problem was raised: exactly one of them. */
export type ProblemSource = { forumId: string } | { talkId: string } | { visitId: string };

export interface RaiseProblemValues {
  text: string;
  categoryId?: string;
  /** An officer id, or ANONYMOUS. */
  raisedBy: string;
  ownerKind: 'BRANCH' | 'PERSON';
  ownerId?: string;
  /** Left empty: the branch the problem was raised in (the server's default). */
  ownerBranchId?: string;
  dueDate?: string;
}

/** The input of `raiseProblem`: anonymous sends no raiser at all; one owner, a person or a branch. */
export function toRaiseProblemInput(
  values: RaiseProblemValues,
  source: ProblemSource,
  clientKey: string,
): RaiseProblemInput {
  const anonymous = !values.raisedBy || values.raisedBy === ANONYMOUS;
  const person = values.ownerKind === 'PERSON';
  return {
    ...source,
    text: values.text.trim(),
    categoryId: values.categoryId ?? '',
    anonymous,
    raisedById: anonymous ? null : values.raisedBy,
    ownerId: person ? (values.ownerId ?? null) : null,
    ownerBranchId: person ? null : (values.ownerBranchId ?? null),
    dueDate: values.dueDate ?? null,
    clientKey,
  };
}

const blank = (): RaiseProblemValues => ({
  text: '',
  raisedBy: ANONYMOUS,
  ownerKind: 'BRANCH',
  dueDate: todayPlus(30),
});

/**
 * "提出问题" on a forum, talk or visit page: a problem raised after the record was written (the
 * forum form takes those raised while it runs). Offered when the viewer's rules let them raise one in
 * that branch; the server checks the raiser belongs to the record. `branchId` null: the bureau.
 */
export function RaiseProblemButton({
  source,
  branchId,
  raisers,
  onRaised,
}: {
  source: ProblemSource;
  branchId: string | null;
  /** Who may have raised it (the forum's attendees present, the talkee, the mentee). */
  raisers: { value: string; label: string }[];
  onRaised?: (problemId: string) => void;
}) {
  const { t } = useTranslation();
  const ability = useAppAbility();
  const me = useViewer();
  const subject = {
    __typename: 'Problem' as const,
    bureau: Number(me.bureau.id),
    branch: branchId ? Number(branchId) : null,
  };
  const [open, setOpen] = useState(false);
  if (!ability.can('create', subject)) return null;
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="raise-problem">
        {t('problems.raise.action')}
      </Button>
      {open && (
        <RaiseProblemModal
          source={source}
          raisers={raisers}
          onClose={() => setOpen(false)}
          onRaised={(id) => {
            setOpen(false);
            onRaised?.(id);
          }}
        />
      )}
    </>
  );
}

function RaiseProblemModal({
  source,
  raisers,
  onClose,
  onRaised,
}: {
  source: ProblemSource;
  raisers: { value: string; label: string }[];
  onClose: () => void;
  onRaised: (problemId: string) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RaiseProblemValues>();
  const ownerKind = Form.useWatch('ownerKind', form);
  const [{ data: categories }] = useQuery({ query: ProblemCategoriesQuery });
  const [{ data: branches }] = useQuery({ query: ProblemBranchesQuery });
  const [{ fetching }, raise] = useMutation(RaiseProblemMutation);
  // One key per dialog: a double tap or a resend after a timeout raises the problem once.
  const clientKey = useRef(newClientKey());
  const required = (field: string) => [{ required: true, message: t('forums.form.required', { field }) }];

  const submit = async (values: RaiseProblemValues) => {
    if (fetching) return;
    const res = await raise({ input: toRaiseProblemInput(values, source, clientKey.current) });
    if (res.error || !res.data) {
      const field = errorField(res.error);
      if (field && field in values) {
        form.setFields([{ name: field as keyof RaiseProblemValues, errors: [serverMessage(res.error)] }]);
      } else message.error(t('problems.actions.failed', { message: serverMessage(res.error) }));
      return;
    }
    message.success(t('problems.raise.raised'));
    onRaised(res.data.raiseProblem.id);
  };

  return (
    <Modal
      open
      title={t('problems.raise.title')}
      onCancel={onClose}
      okText={t('problems.raise.submit')}
      cancelText={t('problems.actions.cancel')}
      okButtonProps={{ loading: fetching, 'data-testid': 'raise-problem-submit' } as never}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={blank()} onFinish={submit} data-testid="raise-problem-form">
        <Form.Item name="text" label={t('problems.field.text')} rules={required(t('problems.field.text'))}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={LIMITS.problemText}
            data-testid="raise-problem-text"
          />
        </Form.Item>
        <Form.Item
          name="categoryId"
          label={t('problems.field.category')}
          rules={required(t('problems.field.category'))}
        >
          <Select
            options={categories?.problemCategories.map((c) => ({ value: c.id, label: c.name })) ?? []}
            data-testid="raise-problem-category"
          />
        </Form.Item>
        <Form.Item name="raisedBy" label={t('problems.field.raisedBy')}>
          <Select
            options={[{ value: ANONYMOUS, label: t('problems.anonymous') }, ...raisers]}
            data-testid="raise-problem-raiser"
          />
        </Form.Item>
        <Form.Item name="ownerKind" label={t('problems.field.owner')}>
          <Segmented
            block
            options={[
              { value: 'BRANCH', label: t('forums.form.ownerBranch') },
              { value: 'PERSON', label: t('forums.form.ownerPerson') },
            ]}
            data-testid="raise-problem-owner-kind"
          />
        </Form.Item>
        {ownerKind === 'PERSON' ? (
          <Form.Item name="ownerId" rules={required(t('problems.field.owner'))}>
            <OfficerSelect testId="raise-problem-owner" />
          </Form.Item>
        ) : (
          <Form.Item name="ownerBranchId">
            <Select
              allowClear
              placeholder={t('problems.raise.defaultBranch')}
              options={branches?.branches.map((b) => ({ value: b.id, label: b.name })) ?? []}
              data-testid="raise-problem-owner-branch"
            />
          </Form.Item>
        )}
        <Form.Item name="dueDate" label={t('problems.field.dueDate')}>
          <DateInput data-testid="raise-problem-due" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
