import { App, Button, Flex, Form, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import type { UpdateVisitInput } from '../../gql/graphql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { errorCode } from '../api/create-api-client';
import { serverMessage, toLocalInput } from './format';
import { UpdateVisitMutation, VisitQuery } from './visit-documents';
import { type DraftValues, toVisitInput } from './visit-input';
import { VisitFields } from './visit-fields';

/** /visits/:id/edit — its author corrects a visit until it is locked (acknowledged or 7 days old). */
export function EditVisitForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<DraftValues>();
  const [{ data, fetching, error }, reload] = useQuery({
    query: VisitQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving }, update] = useMutation(UpdateVisitMutation);
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const visit = data?.visit;
  if (!visit) return <Result status="404" title={t('visits.detail.notFound')} />;
  if (!visit.editable) {
    return (
      <Result
        status="info"
        title={t('visits.detail.locked')}
        subTitle={t('visits.detail.lockedHint')}
        data-testid="visit-edit-locked"
      />
    );
  }

  const submit = async (values: DraftValues) => {
    if (saving) return;
    const input: UpdateVisitInput = { ...toVisitInput(values), id: visit.id, version: visit.version };
    const res = await update({ input });
    if (res.error) {
      const code = errorCode(res.error);
      message.error(
        code === 'CONFLICT'
          ? t('visits.form.conflict')
          : t('visits.form.failed', { message: serverMessage(res.error) }),
      );
      return;
    }
    message.success(t('visits.form.updated'));
    navigate(`/visits/${visit.id}`, { replace: true });
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="edit-visit-form">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('visits.form.titleEdit')}
      </Typography.Title>
      <Form
        form={form}
        layout="vertical"
        size="large"
        onFinish={submit}
        initialValues={{
          kind: visit.kind,
          occurredAt: toLocalInput(visit.occurredAt),
          location: visit.location ?? '',
          participants: visit.participants ?? '',
          summary: visit.summary,
          observations: visit.observations ?? '',
          confidentialNotes: visit.confidentialNotes ?? '',
          nextVisitDue: visit.nextVisitDue ?? '',
        }}
      >
        <VisitFields />
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          disabled={saving}
          data-testid="visit-save"
        >
          {t('visits.form.save')}
        </Button>
      </Form>
    </Flex>
  );
}
