import { useState } from 'react';
import { Alert, Button, Card, Form, Progress, Radio, Select, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { LedgerFormat } from '../../gql/graphql';
import { useAppAbility, useViewer } from '../auth';
import { defaultPeriod, type Period, PeriodPicker } from '../dashboard/period-picker';
import { firstError } from '../reviews/server-errors';
import { DownloadError, downloadWithProgress, formatBytes, saveBlob } from './download';
import { ExportLedgerMutationDocument, LedgerBranchesQueryDocument } from './ledger-documents';

const BUREAU = 'bureau';

interface Values {
  period: Period;
  scope: string;
  format: LedgerFormat;
}

type Progressing =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'downloading'; received: number; total: number | null }
  | { phase: 'done'; filename: string }
  | { phase: 'failed'; message: string };

/** 台账导出: period, bureau or branch, format; the file downloads with the session, with progress. */
export function LedgerExport() {
  const { t, i18n } = useTranslation();
  const me = useViewer();
  const ability = useAppAbility();
  const [form] = Form.useForm<Values>();
  const [{ data: branches }] = useQuery({ query: LedgerBranchesQueryDocument });
  const [, exportLedger] = useMutation(ExportLedgerMutationDocument);
  const [state, setState] = useState<Progressing>({ phase: 'idle' });
  const wholeBureau = ability.can('export', { __typename: 'Ledger', bureau: Number(me.bureau.id) });
  const busy = state.phase === 'preparing' || state.phase === 'downloading';

  const scopes = [
    ...(wholeBureau ? [{ value: BUREAU, label: t('ledger.bureau') }] : []),
    ...(branches?.branches ?? [])
      .filter((b) => wholeBureau || b.id === me.branch.id)
      .map((b) => ({ value: b.id, label: b.name })),
  ];

  async function run(values: Values) {
    setState({ phase: 'preparing' });
    const res = await exportLedger({
      input: {
        from: values.period[0].format('YYYY-MM-DD'),
        to: values.period[1].format('YYYY-MM-DD'),
        branchId: values.scope === BUREAU ? null : values.scope,
        format: values.format,
      },
    });
    const error = firstError(res.error, i18n.language);
    if (error || !res.data) {
      if (error?.field === 'from' || error?.field === 'to') {
        form.setFields([{ name: 'period', errors: [error.message ?? t('ledger.failed')] }]);
        setState({ phase: 'idle' });
      } else setState({ phase: 'failed', message: error?.message ?? t('ledger.failed') });
      return;
    }
    const { url, filename } = res.data.exportLedger;
    try {
      const blob = await downloadWithProgress(url, (received, total) =>
        setState({ phase: 'downloading', received, total }),
      );
      saveBlob(blob, filename);
      setState({ phase: 'done', filename });
    } catch (e) {
      // The server's refusal is said in the viewer's words; a dropped connection is said as such.
      const message =
        e instanceof DownloadError
          ? e.status === 401
            ? t('shell.sessionExpired')
            : e.status >= 500
              ? t('common.serverUnavailable')
              : t('ledger.failed')
          : t('common.networkFailure');
      setState({ phase: 'failed', message });
    }
  }

  return (
    <Card title={t('ledger.title')} data-testid="ledger-export" style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary">{t('ledger.hint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={run}
        initialValues={{
          period: defaultPeriod(),
          scope: wholeBureau ? BUREAU : me.branch.id,
          format: 'XLSX',
        }}
      >
        <Form.Item
          name="period"
          label={t('ledger.period')}
          rules={[{ required: true, message: t('ledger.periodRequired') }]}
        >
          <PeriodPicker style={{ width: '100%' }} allowClear={false} data-testid="ledger-period" />
        </Form.Item>
        <Form.Item name="scope" label={t('ledger.scope')} rules={[{ required: true }]}>
          <Select
            options={scopes}
            showSearch
            optionFilterProp="label"
            disabled={scopes.length <= 1}
            data-testid="ledger-scope"
          />
        </Form.Item>
        <Form.Item name="format" label={t('ledger.format')}>
          <Radio.Group data-testid="ledger-format">
            {/* Test ids on the visible labels: antd puts extra props on the hidden inputs. */}
            <Radio value="XLSX">
              <span data-testid="ledger-format-XLSX">{t('ledger.xlsx')}</span>
            </Radio>
            <Radio value="DOCX">
              <span data-testid="ledger-format-DOCX">{t('ledger.docx')}</span>
            </Radio>
          </Radio.Group>
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<DownloadOutlined />} loading={busy} data-testid="ledger-submit">
          {t('ledger.export')}
        </Button>
      </Form>
      <div style={{ marginTop: 16 }} data-testid="ledger-status" data-phase={state.phase}>
        {state.phase === 'preparing' ? <Typography.Text>{t('ledger.preparing')}</Typography.Text> : null}
        {state.phase === 'downloading' ? (
          <>
            <Typography.Text>{t('ledger.downloading', { size: formatBytes(state.received) })}</Typography.Text>
            <Progress
              percent={state.total ? Math.round((state.received / state.total) * 100) : 99}
              status="active"
              data-testid="ledger-progress"
            />
          </>
        ) : null}
        {state.phase === 'done' ? (
          <Alert type="success" showIcon title={t('ledger.done', { filename: state.filename })} />
        ) : null}
        {state.phase === 'failed' ? <Alert type="error" showIcon title={state.message} /> : null}
      </div>
    </Card>
  );
}
