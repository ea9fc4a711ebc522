import { useState } from 'react';
import { Alert, Button, Flex, Progress, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

// The sysadmin's roster import over the HTTP route of the roster module
// (POST /admin/roster/import?mode=dry-run|apply, the file as the raw body; see docs/roster-import.md):
// a file is no GraphQL argument. The report's shape is the server's ImportReport.

interface RowProblem {
  line: number;
  field: string;
  column: string | null;
  reason: string;
  params: Record<string, unknown>;
}
interface ImportRow {
  line: number;
  badgeNumber: string;
  name: string;
  status: 'new' | 'updated' | 'unchanged' | 'error';
  problems: RowProblem[];
}
interface ImportReport {
  ok: boolean;
  applied: boolean;
  totals: { rows: number; new: number; updated: number; unchanged: number; error: number };
  fileProblems: RowProblem[];
  rows: ImportRow[];
}

const STATUS_COLOR = { new: 'green', updated: 'blue', unchanged: 'default', error: 'red' } as const;

/** How far the server is: reading the file, checking rows, writing them (every 500 rows). */
export interface ImportProgress {
  phase: 'read' | 'check' | 'write';
  done: number;
  total: number;
}

type Answer = { report?: ImportReport; reason?: string };

/** The NDJSON answer: progress lines, then one line with the report or the error. */
async function readStream(response: Response, onProgress: (p: ImportProgress) => void): Promise<Answer> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let answer: Answer = { reason: 'INVALID_INPUT' };
  for (;;) {
    const { value, done } = await reader.read();
    buffer += value ?? '';
    const lines = buffer.split('\n');
    buffer = done ? '' : lines.pop()!;
    for (const line of lines.filter(Boolean)) {
      const event = JSON.parse(line) as Record<string, any>;
      if (event.type === 'progress') onProgress(event as unknown as ImportProgress);
      if (event.type === 'report') answer = { report: event.report };
      if (event.type === 'error') answer = { report: event.report, reason: event.error?.reason ?? 'INVALID_INPUT' };
    }
    if (done) return answer;
  }
}

async function post(file: File, mode: 'dry-run' | 'apply', onProgress: (p: ImportProgress) => void): Promise<Answer> {
  const response = await fetch(`/admin/roster/import?mode=${mode}`, {
    method: 'POST',
    credentials: 'same-origin',
    // The custom header forces a CORS preflight, which the server never grants cross-site.
    headers: {
      'x-tongxin-preflight': '1',
      'content-type': file.type || 'application/octet-stream',
      accept: 'application/x-ndjson, application/json',
    },
    body: file,
  });
  // Refusals before the file is read (session, permission, size) come as one JSON answer.
  if (response.ok && response.headers.get('content-type')?.includes('ndjson') && response.body) {
    return readStream(response, onProgress);
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, any>;
  if (body.report) return { report: body.report as ImportReport, reason: body.errors?.[0]?.extensions?.reason };
  if (response.ok) return { report: body as ImportReport };
  return { reason: body.errors?.[0]?.extensions?.reason ?? body.reason ?? 'INVALID_INPUT' };
}

/** 名册导入: check a file (dry run), then import it when no row is wrong. */
export function RosterImportPage() {
  const { t } = useTranslation();
  const loose = t as unknown as (key: string, values?: Record<string, unknown>) => string;
  const reasonText = (reason: string, params: Record<string, unknown> = {}) =>
    loose(`errors.${reason}`, { ...params, defaultValue: reason });
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ImportProgress | null>(null);

  async function run(mode: 'dry-run' | 'apply') {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setProgress(null);
    try {
      const answer = await post(file, mode, setProgress);
      if (answer.report) setReport(answer.report);
      if (answer.reason) setFailure(reasonText(answer.reason));
    } catch {
      setFailure(t('common.networkFailure'));
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const problems = (list: RowProblem[]) =>
    list
      .map((p) => `${p.column ?? ''}${p.column ? t('common.colon') : ''}${reasonText(p.reason, p.params)}`)
      .join('；');

  return (
    <section data-testid="page-roster-import">
      <Typography.Title level={2}>{t('roster.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('roster.hint')}</Typography.Paragraph>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href="/admin/roster/template.xlsx" data-testid="roster-template">
          {t('roster.template')}
        </Button>
        {/* The file stays in the page: nothing is sent before a dry run is asked for. */}
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setReport(null);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="roster-file">
            {file ? file.name : t('roster.file')}
          </Button>
        </Upload>
        <Button disabled={!file} loading={busy} onClick={() => void run('dry-run')} data-testid="roster-dry-run">
          {t('roster.dryRun')}
        </Button>
        <Button
          type="primary"
          disabled={!file || !report?.ok || report.applied}
          title={report && !report.ok ? t('roster.applyDisabled') : undefined}
          loading={busy}
          onClick={() => void run('apply')}
          data-testid="roster-apply"
        >
          {t('roster.apply')}
        </Button>
      </Flex>
      {busy && progress && (
        <div data-testid="roster-progress" style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary">
            {t(`roster.phase.${progress.phase}`, { done: progress.done, total: progress.total })}
          </Typography.Text>
          <Progress percent={progress.total ? Math.floor((progress.done / progress.total) * 100) : 0} />
        </div>
      )}
      {failure && (
        <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} data-testid="roster-error" />
      )}
      {report && (
        <Flex vertical gap={8} data-testid="roster-report">
          <Alert
            type={report.applied ? 'success' : report.ok ? 'info' : 'warning'}
            showIcon
            title={report.applied ? t('roster.applied', report.totals) : t('roster.totals', report.totals)}
            description={report.fileProblems.length ? problems(report.fileProblems) : undefined}
          />
          <Table<ImportRow>
            rowKey="line"
            size="small"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: true }}
            dataSource={report.rows}
            onRow={(r) => ({ 'data-testid': `roster-row-${r.line}`, 'data-status': r.status }) as never}
            columns={[
              { key: 'line', title: t('roster.line'), dataIndex: 'line', width: 64 },
              { key: 'badge', title: t('roster.badgeNumber'), dataIndex: 'badgeNumber' },
              { key: 'name', title: t('roster.name'), dataIndex: 'name' },
              {
                key: 'status',
                title: t('roster.status'),
                render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`roster.statusName.${r.status}`)}</Tag>,
              },
              { key: 'problems', title: t('roster.problems'), render: (_, r) => problems(r.problems) },
            ]}
          />
        </Flex>
      )}
    </section>
  );
}
