import type { ReactNode } from 'react';
import { App, Button, Flex, Form, Result, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery, type TypedDocumentNode } from 'urql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { errorCode } from '../api/create-api-client';
import { errorField, serverMessage } from './format';

/** What the edit page needs of a record: whether it may still be edited, and the version it saves over. */
interface Editable {
  id: string;
  version: number;
  editable: boolean | null;
}

export interface RecordEditPageProps<Data, R extends Editable, Values, Input> {
  /** The record's query by `id` (the route's `:id`), read fresh: an edit starts from the stored version. */
  query: TypedDocumentNode<Data, { id: string }>;
  record: (data: Data) => R | null | undefined;
  mutation: TypedDocumentNode<unknown, { input: Input }>;
  /** The input of the update: the form's values with the record's id and version. */
  toInput: (values: Values, record: R) => Input;
  initialValues: (record: R) => Partial<Values>;
  /** Where a saved record is shown. */
  path: (record: R) => string;
  title: (record: R) => ReactNode;
  /** The form's fields; given the record when they need it (names of people already chosen). */
  fields: ReactNode | ((record: R) => ReactNode);
  texts: {
    notFound: string;
    locked: string;
    lockedHint: string;
    save: string;
    saved: string;
    conflict: string;
    failed: (message: string) => string;
  };
  testIds: { page: string; locked: string; save: string };
}

/**
 * The page on which the author corrects a record (a visit, a talk) until it is locked: load it, say
 * when it is gone or locked, and save it over the version read. A refusal naming a field stands
 * under that field; any other is one toast.
 */
export function RecordEditPage<Data, R extends Editable, Values extends object, Input>(
  props: RecordEditPageProps<Data, R, Values, Input>,
) {
  const { texts, testIds } = props;
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [{ data, fetching, error }, reload] = useQuery({
    query: props.query,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const [{ fetching: saving }, update] = useMutation(props.mutation);
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const record = data ? props.record(data) : null;
  if (!record) return <Result status="404" title={texts.notFound} />;
  if (!record.editable) {
    return <Result status="info" title={texts.locked} subTitle={texts.lockedHint} data-testid={testIds.locked} />;
  }

  const submit = async (values: Values) => {
    if (saving) return;
    const res = await update({ input: props.toInput(values, record) });
    if (res.error) {
      const field = errorField(res.error);
      if (errorCode(res.error) === 'BAD_USER_INPUT' && field && field in values) {
        form.setFields([{ name: field as never, errors: [serverMessage(res.error)] }]);
        return;
      }
      message.error(errorCode(res.error) === 'CONFLICT' ? texts.conflict : texts.failed(serverMessage(res.error)));
      return;
    }
    message.success(texts.saved);
    navigate(props.path(record), { replace: true });
  };

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid={testIds.page}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {props.title(record)}
      </Typography.Title>
      <Form form={form} layout="vertical" size="large" onFinish={submit} initialValues={props.initialValues(record)}>
        {typeof props.fields === 'function' ? props.fields(record) : props.fields}
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={saving}
          disabled={saving}
          data-testid={testIds.save}
        >
          {texts.save}
        </Button>
      </Form>
    </Flex>
  );
}
