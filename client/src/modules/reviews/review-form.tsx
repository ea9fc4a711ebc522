import { App, Button, Card, Form, Input, Radio } from 'antd';
import dayjs from 'dayjs';
import { LIMITS } from '@tongxin/schema';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ReviewDecision, ReviewRating } from '../../gql/graphql';
import { DateInput } from '../../ui/date-inputs';
import { ReviewPairingMutationDocument } from './review-documents';
import { firstError } from './server-errors';

const RATINGS: ReviewRating[] = ['SIGNIFICANT_IMPROVEMENT', 'IMPROVED', 'NO_CHANGE', 'WORSENED'];
const DECISIONS: ReviewDecision[] = ['CONCLUDE', 'EXTEND', 'ESCALATE'];

interface Values {
  rating?: ReviewRating;
  decision?: ReviewDecision;
  comments?: string;
  /** `YYYY-MM-DD` */
  newPlannedEndDate?: string;
}

const FORM_FIELDS: (keyof Values)[] = ['rating', 'decision', 'comments', 'newPlannedEndDate'];

/**
 * 成效评估 form; the server's field errors land at their field. Nothing is chosen for the
 * reviewer: a decision ends, extends or escalates a pairing, so each one is a deliberate click.
 */
export function ReviewForm({
  pairingId,
  version,
  onDone,
}: {
  pairingId: string;
  version: number;
  onDone: (status: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const [{ fetching }, review] = useMutation(ReviewPairingMutationDocument);

  async function submit(values: Values) {
    // The rules have required both; this guard only narrows the types.
    if (!values.rating || !values.decision) return;
    const result = await review({
      input: {
        pairingId,
        version,
        rating: values.rating,
        decision: values.decision,
        comments: values.comments?.trim() || null,
        newPlannedEndDate: values.decision === 'EXTEND' ? (values.newPlannedEndDate ?? null) : null,
      },
    });
    const error = firstError(result.error, i18n.language);
    if (!error && result.data) {
      message.success(t('reviews.submitted'));
      onDone(result.data.reviewPairing.status);
      return;
    }
    if (error?.code === 'BAD_USER_INPUT' && error.field && FORM_FIELDS.includes(error.field as keyof Values)) {
      form.setFields([{ name: error.field as keyof Values, errors: [error.message ?? t('reviews.failed')] }]);
      return;
    }
    message.error(error?.code === 'CONFLICT' ? t('reviews.conflict') : (error?.message ?? t('reviews.failed')));
  }

  return (
    <Card size="small" title={t('reviews.form')} data-testid="review-form">
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          name="rating"
          label={t('reviews.rating')}
          rules={[{ required: true, message: t('reviews.ratingRequired') }]}
        >
          <Radio.Group data-testid="review-rating">
            {RATINGS.map((r) => (
              <Radio.Button key={r} value={r}>
                {/* The test id sits on the visible label: antd puts extra props on the hidden input. */}
                <span data-testid={`review-rating-${r}`}>{t(`reviews.ratingName.${r}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="decision"
          label={t('reviews.decision')}
          rules={[{ required: true, message: t('reviews.decisionRequired') }]}
        >
          <Radio.Group data-testid="review-decision">
            {DECISIONS.map((d) => (
              <Radio.Button key={d} value={d}>
                <span data-testid={`review-decision-${d}`}>{t(`reviews.decisionName.${d}`)}</span>
              </Radio.Button>
            ))}
          </Radio.Group>
        </Form.Item>
        {decision === 'EXTEND' ? (
          <Form.Item
            name="newPlannedEndDate"
            label={t('reviews.newPlannedEndDate')}
            rules={[{ required: true, message: t('reviews.newDateRequired') }]}
          >
            <DateInput data-testid="review-new-end-date" disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="comments"
          label={t('reviews.comments')}
          rules={[
            {
              required: decision !== undefined && decision !== 'CONCLUDE',
              whitespace: true,
              message: t('reviews.commentsRequired'),
            },
            { max: LIMITS.longText },
          ]}
        >
          <Input.TextArea rows={4} maxLength={LIMITS.longText} data-testid="review-comments" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={fetching} block data-testid="review-submit">
          {t('reviews.submit')}
        </Button>
      </Form>
    </Card>
  );
}
