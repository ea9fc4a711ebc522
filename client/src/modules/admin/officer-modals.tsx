import { useEffect, useState } from 'react';
import { Alert, App, Checkbox, Form, Input, Modal, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { OfficerCategory, RosterOfficerFieldsFragment } from '../../gql/graphql';
import { showRefusal } from '../api/form-refusal';
import {
  AdminBranchesQuery,
  CreateOfficerMutation,
  DeactivateOfficerMutation,
  TransferOfficerMutation,
  UpdateOfficerMutation,
} from './admin-documents';
import { OfficerPicker } from './officer-picker';

type Officer = RosterOfficerFieldsFragment;

interface RosterValues {
  name: string;
  badgeNumber: string;
  category: OfficerCategory;
  position?: string;
  phone?: string;
  isMentor: boolean;
  branchId?: string;
}

// A bureau has dozens of branches: typed, not scrolled to.
const BRANCH_SEARCH = { optionFilterProp: 'label' };

const ROSTER_FIELDS = ['name', 'badgeNumber', 'category', 'position', 'phone', 'isMentor', 'branchId'] as const;

function useBranchOptions(open: boolean) {
  const [{ data }] = useQuery({ query: AdminBranchesQuery, pause: !open });
  return (data?.branches ?? []).map((b) => ({ value: b.id, label: `${b.name} (${b.code})` }));
}

/** Roster fields of a new officer (`officer` null) or of one already on the roster. */
export function OfficerFormModal({
  open,
  officer,
  onClose,
}: {
  open: boolean;
  officer: Officer | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RosterValues>();
  const [failure, setFailure] = useState<string | null>(null);
  const [created, create] = useMutation(CreateOfficerMutation);
  const [updated, update] = useMutation(UpdateOfficerMutation);
  const branches = useBranchOptions(open && !officer);

  useEffect(() => {
    if (!open) return;
    setFailure(null);
    form.resetFields();
    form.setFieldsValue(
      officer
        ? {
            name: officer.name,
            badgeNumber: officer.badgeNumber,
            category: officer.category,
            position: officer.position ?? '',
            phone: officer.phone ?? '',
            isMentor: officer.isMentor ?? false,
          }
        : { category: 'POLICE', isMentor: false },
    );
  }, [open, officer, form]);

  async function submit(v: RosterValues) {
    setFailure(null);
    const fields = {
      name: v.name.trim(),
      badgeNumber: v.badgeNumber.trim(),
      category: v.category,
      position: v.position?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      isMentor: v.isMentor,
    };
    // The sysadmin reads every roster field, version included; were it ever withheld, version 0 makes
    // the server answer CONFLICT rather than overwrite unseen changes.
    const result = officer
      ? await update({ input: { id: officer.id, version: officer.version ?? 0, ...fields } })
      : await create({ input: { ...fields, branchId: v.branchId ?? '' } });
    if (result.error) {
      setFailure(showRefusal(form, result.error, ROSTER_FIELDS, t));
      return;
    }
    void message.success(t('admin.officers.saved'));
    onClose();
  }

  const required = [{ required: true, whitespace: true, message: t('admin.officers.required') }];
  return (
    <Modal
      open={open}
      title={officer ? `${t('admin.officers.edit')} · ${officer.name}` : t('admin.officers.create')}
      okText={t('admin.officers.save')}
      cancelText={t('admin.officers.cancel')}
      okButtonProps={{ loading: created.fetching || updated.fetching, 'data-testid': 'officer-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form<RosterValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
        data-testid="officer-form"
      >
        {failure && (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="officer-error" />
        )}
        <Form.Item name="name" label={t('admin.officers.name')} rules={required}>
          <Input data-testid="officer-name" />
        </Form.Item>
        <Form.Item name="badgeNumber" label={t('admin.officers.badgeNumber')} rules={required}>
          <Input data-testid="officer-badge" />
        </Form.Item>
        <Form.Item name="category" label={t('admin.officers.category')}>
          <Select
            options={(['POLICE', 'AUXILIARY'] as const).map((c) => ({ value: c, label: t(`home.category.${c}`) }))}
          />
        </Form.Item>
        {!officer && (
          <Form.Item
            name="branchId"
            label={t('admin.officers.branch')}
            rules={[{ required: true, message: t('admin.officers.required') }]}
          >
            <Select showSearch={BRANCH_SEARCH} options={branches} data-testid="officer-branch" />
          </Form.Item>
        )}
        <Form.Item name="position" label={t('admin.officers.position')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('admin.officers.phone')}>
          <Input inputMode="tel" />
        </Form.Item>
        <Form.Item name="isMentor" valuePropName="checked">
          <Checkbox data-testid="officer-is-mentor">{t('admin.officers.isMentor')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 调动: to another branch of the bureau; live pairings stay. */
export function TransferModal({ officer, onClose }: { officer: Officer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ branchId: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, transfer] = useMutation(TransferOfficerMutation);
  const branches = useBranchOptions(officer !== null).filter((b) => b.value !== officer?.branch.id);

  async function submit({ branchId }: { branchId: string }) {
    if (!officer) return;
    setFailure(null);
    const result = await transfer({ input: { officerId: officer.id, branchId } });
    if (result.error || !result.data) {
      setFailure(showRefusal(form, result.error, ['branchId'], t));
      return;
    }
    const moved = result.data.transferOfficer;
    void message.success(t('admin.officers.transferred', { name: moved.name, branch: moved.branch.name }));
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      open={officer !== null}
      title={`${t('admin.officers.transfer')} · ${officer?.name ?? ''}`}
      okText={t('admin.officers.save')}
      cancelText={t('admin.officers.cancel')}
      okButtonProps={{ loading: fetching, 'data-testid': 'transfer-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => void submit(v)}>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
        <Typography.Paragraph type="secondary">{t('admin.officers.transferHint')}</Typography.Paragraph>
        <Form.Item
          name="branchId"
          label={t('admin.officers.transferTo')}
          rules={[{ required: true, message: t('admin.officers.required') }]}
        >
          <Select showSearch={BRANCH_SEARCH} options={branches} data-testid="transfer-branch" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 离岗: a successor takes over their mentor terms, or the secretary gets the pairings flagged. */
export function DeactivateModal({ officer, onClose }: { officer: Officer | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ successorMentorId?: string }>();
  const [failure, setFailure] = useState<string | null>(null);
  const [{ fetching }, deactivate] = useMutation(DeactivateOfficerMutation);

  async function submit({ successorMentorId }: { successorMentorId?: string }) {
    if (!officer) return;
    setFailure(null);
    const result = await deactivate({
      input: { officerId: officer.id, successorMentorId: successorMentorId || undefined },
    });
    if (result.error) {
      setFailure(showRefusal(form, result.error, ['successorMentorId'], t));
      return;
    }
    void message.success(t('admin.officers.deactivated', { name: officer.name }));
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      open={officer !== null}
      title={`${t('admin.officers.deactivate')} · ${officer?.name ?? ''}`}
      okText={t('admin.officers.deactivateConfirm')}
      cancelText={t('admin.officers.cancel')}
      okButtonProps={{ danger: true, loading: fetching, 'data-testid': 'deactivate-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} />}
        <Alert type="warning" showIcon title={t('admin.officers.deactivateWarning')} style={{ marginBottom: 12 }} />
        <Form.Item
          name="successorMentorId"
          label={t('admin.officers.successor')}
          extra={t('admin.officers.successorHint')}
        >
          <OfficerPicker
            allowClear
            placeholder={t('admin.officers.noSuccessor')}
            filter={{ isMentor: true }}
            exclude={officer?.id}
            testId="deactivate-successor"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
