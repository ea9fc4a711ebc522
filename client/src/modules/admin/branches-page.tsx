import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Input, Modal, Result, Select, Spin, Table, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { AdminBranchFieldsFragment, BranchKind } from '../../gql/graphql';
import { showRefusal } from '../api/form-refusal';
import { userMessage } from '../api/server-error';
import { AdminBranchesQuery, CreateBranchMutation, RenameBranchMutation } from './admin-documents';

type Row = AdminBranchFieldsFragment;
interface Values {
  code: string;
  name: string;
  kind: BranchKind;
}

/** New branch when `branch` is null, rename otherwise (the code and kind stay). */
function BranchModal({ open, branch, onClose }: { open: boolean; branch: Row | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const [created, create] = useMutation(CreateBranchMutation);
  const [renamed, rename] = useMutation(RenameBranchMutation);

  async function submit(values: Values) {
    setFailure(null);
    const name = values.name.trim();
    const result = branch
      ? await rename({ input: { id: branch.id, name } })
      : await create({ input: { code: values.code.trim(), name, kind: values.kind } });
    if (result.error) {
      setFailure(showRefusal(form, result.error, ['code', 'name', 'kind'], t));
      return;
    }
    void message.success(t(branch ? 'admin.branches.renamed' : 'admin.branches.created', { name }));
    form.resetFields();
    onClose();
  }

  return (
    <Modal
      open={open}
      title={branch ? `${t('admin.branches.rename')} · ${branch.name}` : t('admin.branches.create')}
      okText={t('admin.branches.save')}
      cancelText={t('admin.branches.cancel')}
      okButtonProps={{ loading: created.fetching || renamed.fetching, 'data-testid': 'branch-submit' } as never}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      forceRender
    >
      <Form<Values>
        key={branch?.id ?? 'new'}
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ kind: 'STATION', name: branch?.name, code: branch?.code }}
        onFinish={(v) => void submit(v)}
        data-testid="branch-form"
      >
        {failure && (
          <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="branch-error" />
        )}
        {!branch && (
          <Form.Item
            name="code"
            label={t('admin.branches.code')}
            rules={[{ required: true, whitespace: true, message: t('admin.branches.codeRequired') }]}
          >
            <Input autoComplete="off" data-testid="branch-code" />
          </Form.Item>
        )}
        <Form.Item
          name="name"
          label={t('admin.branches.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.branches.nameRequired') }]}
        >
          <Input autoComplete="off" data-testid="branch-name" />
        </Form.Item>
        {!branch && (
          <Form.Item name="kind" label={t('admin.branches.kind')}>
            <Select
              options={(['STATION', 'DEPARTMENT'] as const).map((k) => ({
                value: k,
                label: t(`home.branchKind.${k}`),
              }))}
              data-testid="branch-kind"
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** 支部管理: the bureau's branches by code; create and rename. */
export function BranchesPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: AdminBranchesQuery });
  const [modal, setModal] = useState<{ branch: Row | null } | null>(null);
  const rows = data?.branches ?? [];

  const rename = (b: Row) => (
    <Button size="small" icon={<EditOutlined />} onClick={() => setModal({ branch: b })} data-testid="branch-rename">
      {t('admin.branches.rename')}
    </Button>
  );

  return (
    <section data-testid="page-branches">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('admin.branches.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setModal({ branch: null })}
          data-testid="branch-create"
        >
          {t('admin.branches.create')}
        </Button>
      </Flex>
      {fetching && !data ? (
        <Spin />
      ) : error && !data ? (
        <Result status="warning" title={t('app.loadFailed')} subTitle={userMessage(error, t)} />
      ) : (
        // A table is readable down to 375 px with three short columns; the kind hides on phones.
        <Table<Row>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rows}
          locale={{ emptyText: t('admin.branches.empty') }}
          onRow={(b) => ({ 'data-testid': `branch-row-${b.code}` }) as never}
          columns={[
            { key: 'code', title: t('admin.branches.code'), dataIndex: 'code' },
            { key: 'name', title: t('admin.branches.name'), dataIndex: 'name' },
            {
              key: 'kind',
              title: t('admin.branches.kind'),
              render: (_, b) => t(`home.branchKind.${b.kind}`),
              responsive: ['sm'],
            },
            { key: 'actions', title: '', render: (_, b) => rename(b) },
          ]}
          data-testid="branches-table"
        />
      )}
      <BranchModal open={modal !== null} branch={modal?.branch ?? null} onClose={() => setModal(null)} />
    </section>
  );
}
