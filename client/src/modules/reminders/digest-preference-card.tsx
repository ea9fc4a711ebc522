import { useEffect } from 'react';
import { App, Button, Card, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { showFieldRefusal } from './field-refusal';
import { ReminderPreferenceQuery, UpdateReminderPreferenceMutation } from './reminders-documents';

interface Values {
  digestEnabled: boolean;
  email: string;
}

/** The viewer's own daily digest: on or off, and where its e-mail goes. */
export function DigestPreferenceCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [{ data }] = useQuery({ query: ReminderPreferenceQuery });
  const [saving, save] = useMutation(UpdateReminderPreferenceMutation);
  const pref = data?.reminderPreference;
  useEffect(() => {
    if (pref) form.setFieldsValue({ digestEnabled: pref.digestEnabled, email: pref.email ?? '' });
  }, [pref, form]);

  async function submit(values: Values) {
    const result = await save({ input: { digestEnabled: values.digestEnabled, email: values.email.trim() || null } });
    if (result.error) showFieldRefusal(form, result.error, ['email'], t, (text) => void message.error(text));
    else void message.success(t('reminders.preference.saved'));
  }

  return (
    <Card size="small" title={t('reminders.preference.title')} data-testid="digest-preference">
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ digestEnabled: true, email: '' }}>
        <Form.Item name="digestEnabled" label={t('reminders.preference.enabled')} valuePropName="checked">
          <Switch data-testid="digest-enabled" />
        </Form.Item>
        <Form.Item name="email" label={t('reminders.preference.email')} extra={t('reminders.preference.emailHint')}>
          <Input type="email" maxLength={254} autoComplete="email" data-testid="digest-email" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving.fetching} data-testid="digest-save">
          {t('reminders.preference.save')}
        </Button>
      </Form>
    </Card>
  );
}
