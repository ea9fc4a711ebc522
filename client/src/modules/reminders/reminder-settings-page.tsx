import { useEffect } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Switch, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { UpdateReminderSettingsInput } from '../../gql/graphql';
import { formatDateTime } from '../../ui/dates';
import { LoadFailed } from '../../ui/load-failed';
import { PageHeader } from '../../ui/page-header';
import { showFieldRefusal } from './field-refusal';
import { ReminderSettingsQuery, UpdateReminderSettingsMutation } from './reminders-documents';

type Values = Omit<UpdateReminderSettingsInput, 'version'>;

const NUMBERS: { name: keyof Values; min: number; max: number }[] = [
  { name: 'dueSoonDays', min: 0, max: 30 },
  { name: 'acknowledgeAfterDays', min: 1, max: 60 },
  { name: 'planEndWindowDays', min: 0, max: 180 },
  { name: 'branchOverduePercent', min: 0, max: 100 },
];
const FIELDS = ['digestHour', 'webhookUrl', 'webhookEnabled', 'emailEnabled', ...NUMBERS.map((n) => n.name)];

/** 提醒设置: the sysadmin's digest hour, thresholds and channels, and the latest sends. */
export function ReminderSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data, error }, reload] = useQuery({ query: ReminderSettingsQuery, requestPolicy: 'cache-and-network' });
  const [saving, save] = useMutation(UpdateReminderSettingsMutation);
  const settings = data?.reminderSettings;
  useEffect(() => {
    if (!settings) return;
    const {
      id: _id,
      version: _v,
      recentDeliveries: _r,
      webhookSecretConfigured: _w,
      smtpConfigured: _s,
      ...values
    } = settings;
    form.setFieldsValue({ ...values, webhookUrl: values.webhookUrl ?? '' });
  }, [settings, form]);
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  if (!settings) return null;

  async function submit(values: Values) {
    const input = { ...values, webhookUrl: values.webhookUrl?.trim() || null, version: settings!.version };
    const result = await save({ input });
    if (result.error) showFieldRefusal(form, result.error, FIELDS, t, (text) => void message.error(text));
    else void message.success(t('reminders.settings.saved'));
  }

  return (
    <Flex vertical gap={16} data-testid="page-reminder-settings">
      <PageHeader title={t('reminders.settings.title')} />
      <Typography.Text type="secondary">{t('reminders.settings.hint')}</Typography.Text>
      <Form form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 560 }}>
        <Card size="small" title={t('reminders.settings.digest')}>
          <Form.Item name="digestEnabled" label={t('reminders.settings.digestEnabled')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="digestHour" label={t('reminders.settings.digestHour')}>
            <InputNumber min={0} max={23} precision={0} data-testid="digest-hour" />
          </Form.Item>
        </Card>
        <Card size="small" title={t('reminders.settings.thresholds')} style={{ marginTop: 12 }}>
          {NUMBERS.map(({ name, min, max }) => (
            <Form.Item key={name} name={name} label={t(`reminders.settings.${name}` as never)}>
              <InputNumber min={min} max={max} precision={0} />
            </Form.Item>
          ))}
        </Card>
        <Card size="small" title={t('reminders.settings.webhook')} style={{ marginTop: 12 }}>
          {!settings.webhookSecretConfigured && (
            <Alert type="info" showIcon title={t('reminders.settings.secretMissing')} style={{ marginBottom: 12 }} />
          )}
          <Form.Item name="webhookEnabled" label={t('reminders.settings.webhookEnabled')} valuePropName="checked">
            <Switch disabled={!settings.webhookSecretConfigured} />
          </Form.Item>
          <Form.Item name="webhookUrl" label={t('reminders.settings.webhookUrl')}>
            <Input type="url" maxLength={500} placeholder="https://" />
          </Form.Item>
          <Form.Item name="webhookFormat" label={t('reminders.settings.webhookFormat')}>
            <Select
              options={(['GENERIC', 'DINGTALK'] as const).map((f) => ({
                value: f,
                label: t(`reminders.settings.format.${f}`),
              }))}
            />
          </Form.Item>
        </Card>
        <Card size="small" title={t('reminders.settings.email')} style={{ marginTop: 12 }}>
          {!settings.smtpConfigured && (
            <Alert type="info" showIcon title={t('reminders.settings.smtpMissing')} style={{ marginBottom: 12 }} />
          )}
          <Form.Item name="emailEnabled" label={t('reminders.settings.emailEnabled')} valuePropName="checked">
            <Switch disabled={!settings.smtpConfigured} />
          </Form.Item>
        </Card>
        <Button
          type="primary"
          htmlType="submit"
          loading={saving.fetching}
          style={{ marginTop: 12 }}
          data-testid="settings-save"
        >
          {t('reminders.settings.save')}
        </Button>
      </Form>
      <Card size="small" title={t('reminders.settings.deliveries')}>
        {settings.recentDeliveries.length === 0 && (
          <Typography.Text type="secondary">{t('reminders.settings.noDeliveries')}</Typography.Text>
        )}
        <Flex vertical gap={8}>
          {settings.recentDeliveries.map((d, i) => (
            <Flex key={i} gap={8} wrap align="center" data-testid="delivery">
              <Tag>{t(`reminders.settings.channel.${d.channel}`)}</Tag>
              <Tag color={d.status === 'SENT' ? 'green' : d.status === 'FAILED' ? 'red' : 'blue'}>
                {t(`reminders.settings.status.${d.status}`)}
              </Tag>
              <Typography.Text type="secondary">
                {formatDateTime(d.sentAt ?? d.createdAt)} · {t('reminders.settings.attempts', { count: d.attempts })}
                {d.lastError ? ` · ${d.lastError}` : ''}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      </Card>
    </Flex>
  );
}
