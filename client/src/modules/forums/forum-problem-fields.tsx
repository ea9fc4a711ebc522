import { LIMITS } from '@tongxin/schema';
import { Button, Card, Flex, Form, Input, Segmented, Select, Typography } from 'antd';
import { CheckCircleFilled, CheckCircleOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../ui/date-inputs';
import { todayPlus } from '../visits/format';
import { OfficerSelect, type OfficerOption } from '../pairings/officer-select';
import { ANONYMOUS, type ProblemDraft } from './forum-input';

export interface Choice {
  value: string;
  label: string;
}

/** A new problem's defaults: owned by the organiser's branch, due in a month, not yet solved. */
export const blankProblem = (): ProblemDraft => ({
  text: '',
  raisedBy: ANONYMOUS,
  ownerKind: 'BRANCH',
  dueDate: todayPlus(30),
  fixedOnTheSpot: false,
});

/**
 * The problems noted while the forum runs, one card each: what was raised, its category and by whom,
 * then one tap on 即知即改 when it was solved at the table (no owner or due date needed), otherwise
 * who rectifies it by when. Test ids: `forum-problem-{n}`, `forum-problem-text-{n}`,
 * `forum-problem-fixed-{n}`, `forum-problem-owner-{n}`, `forum-add-problem`.
 */
export function ForumProblemFields({
  categories,
  raisers,
  knownOwners,
}: {
  categories: Choice[];
  /** The attendees chosen so far: who may have raised a problem. */
  raisers: Choice[];
  /** Names of people already chosen as owners (a restored draft). */
  knownOwners?: OfficerOption[];
}) {
  const { t } = useTranslation();
  return (
    <Form.List name="problems">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12} style={{ marginBottom: 16 }} data-testid="forum-problems">
          <Typography.Text strong>{t('forums.field.problems')}</Typography.Text>
          {fields.map((field) => (
            <ProblemCard
              key={field.key}
              index={field.name}
              categories={categories}
              raisers={raisers}
              knownOwners={knownOwners}
              onRemove={() => remove(field.name)}
            />
          ))}
          <Button
            block
            size="large"
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add(blankProblem())}
            data-testid="forum-add-problem"
          >
            {t('forums.form.addProblem')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

function ProblemCard({
  index,
  categories,
  raisers,
  knownOwners,
  onRemove,
}: {
  index: number;
  categories: Choice[];
  raisers: Choice[];
  knownOwners?: OfficerOption[];
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const fixed = Form.useWatch(['problems', index, 'fixedOnTheSpot'], form) === true;
  const ownerKind = Form.useWatch(['problems', index, 'ownerKind'], form);
  const toggle = () => form.setFieldValue(['problems', index, 'fixedOnTheSpot'], !fixed);
  return (
    <Card
      size="small"
      data-testid={`forum-problem-${index}`}
      data-fixed={fixed}
      styles={{ body: { display: 'flex', flexDirection: 'column', gap: 0 } }}
    >
      <Form.Item
        name={[index, 'text']}
        label={t('forums.form.problemText')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: t('forums.form.required', { field: t('forums.form.problemText') }),
          },
        ]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={LIMITS.problemText}
          data-testid={`forum-problem-text-${index}`}
        />
      </Form.Item>
      <Form.Item name={[index, 'fixedOnTheSpot']} hidden valuePropName="checked">
        <input type="checkbox" />
      </Form.Item>
      {/* One tap while the forum runs: the big button is the whole decision. */}
      <Button
        size="large"
        block
        type={fixed ? 'primary' : 'default'}
        icon={fixed ? <CheckCircleFilled /> : <CheckCircleOutlined />}
        aria-pressed={fixed}
        onClick={toggle}
        style={{ marginBottom: 16, ...(fixed ? { background: '#389e0d' } : {}) }}
        data-testid={`forum-problem-fixed-${index}`}
      >
        {t('forums.form.fixedOnTheSpot')}
        {fixed ? ` · ${t('forums.form.fixedHint')}` : ''}
      </Button>
      <Flex gap={8} wrap>
        <Form.Item
          name={[index, 'categoryId']}
          label={t('forums.form.category')}
          rules={[{ required: true, message: t('forums.form.required', { field: t('forums.form.category') }) }]}
          style={{ flex: '1 1 140px' }}
        >
          <Select options={categories} data-testid={`forum-problem-category-${index}`} />
        </Form.Item>
        <Form.Item name={[index, 'raisedBy']} label={t('forums.form.raisedBy')} style={{ flex: '1 1 140px' }}>
          <Select
            options={[{ value: ANONYMOUS, label: t('forums.form.anonymous') }, ...raisers]}
            data-testid={`forum-problem-raiser-${index}`}
          />
        </Form.Item>
      </Flex>
      {fixed ? (
        <Form.Item name={[index, 'fixNote']} label={t('forums.form.fixedNote')}>
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={LIMITS.actionItemText}
            data-testid={`forum-problem-fix-note-${index}`}
          />
        </Form.Item>
      ) : (
        <>
          <Form.Item name={[index, 'ownerKind']} label={t('forums.form.owner')}>
            <Segmented
              block
              options={[
                { value: 'BRANCH', label: t('forums.form.ownerBranch') },
                { value: 'PERSON', label: t('forums.form.ownerPerson') },
              ]}
              data-testid={`forum-problem-owner-kind-${index}`}
            />
          </Form.Item>
          {ownerKind === 'PERSON' && (
            <Form.Item
              name={[index, 'ownerId']}
              rules={[{ required: true, message: t('forums.form.required', { field: t('forums.form.owner') }) }]}
            >
              <OfficerSelect testId={`forum-problem-owner-${index}`} known={knownOwners} />
            </Form.Item>
          )}
          <Form.Item
            name={[index, 'dueDate']}
            label={t('forums.form.dueDate')}
            rules={[{ required: true, message: t('forums.form.required', { field: t('forums.form.dueDate') }) }]}
          >
            <DateInput data-testid={`forum-problem-due-${index}`} />
          </Form.Item>
        </>
      )}
      <Button danger icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('forums.form.removeProblem')}>
        {t('forums.form.removeProblem')}
      </Button>
    </Card>
  );
}
