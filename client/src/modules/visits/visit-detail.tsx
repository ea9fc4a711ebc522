import { Alert, Button, Card, Descriptions, Flex, Result, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LoadFailed } from '../../ui/load-failed';
import { ActionItemRows } from '../action-items/action-item-row';
import { useAppAbility } from '../auth';
import { AcknowledgeVisit } from './acknowledge-visit';
import { formatDateTime, RelativeDate } from '../../ui/dates';
import { num } from './format';
import { VisitQuery } from './visit-documents';
import { RaiseProblemButton } from '../problems/raise-problem';

/** /visits/:id — a visit as the viewer may see it; confidential notes only when the server sent them. */
export function VisitDetail() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const ability = useAppAbility();
  const [{ data, fetching, error }, reload] = useQuery({ query: VisitQuery, variables: { id } });
  if (fetching && !data) return <FullPageSpinner />;
  if (error && !data) return <LoadFailed onRetry={() => reload({ requestPolicy: 'network-only' })} />;
  const visit = data?.visit;
  if (!visit) return <Result status="404" title={t('visits.detail.notFound')} data-testid="visit-not-found" />;

  const mentee = visit.pairing?.mentee;
  const canAcknowledge =
    !visit.acknowledgedAt &&
    !!mentee &&
    ability.can('acknowledge', { __typename: 'Visit', mentee: num(mentee.id), acknowledgedAt: null });

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }} data-testid="visit-detail" data-locked={visit.locked}>
      <Flex align="center" gap={8} wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('visits.detail.back')} />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(`visits.kind.${visit.kind}`)} · {mentee?.name}
        </Typography.Title>
        {visit.locked && (
          <Tag icon={<LockOutlined />} data-testid="visit-locked">
            {t('visits.detail.locked')}
          </Tag>
        )}
        {visit.acknowledgedAt ? (
          <Tag color="green" data-testid="visit-acknowledged">
            {t('visits.detail.acknowledgedAt', { time: formatDateTime(visit.acknowledgedAt) })}
          </Tag>
        ) : (
          <Tag color="orange">{t('visits.detail.pendingAck')}</Tag>
        )}
        {visit.editable && (
          <Button icon={<EditOutlined />} onClick={() => navigate(`/visits/${visit.id}/edit`)} data-testid="visit-edit">
            {t('visits.detail.edit')}
          </Button>
        )}
        {visit.pairing && (
          <RaiseProblemButton
            source={{ visitId: visit.id }}
            branchId={visit.pairing.branch.id}
            raisers={[{ value: visit.pairing.mentee.id, label: visit.pairing.mentee.name }]}
            onRaised={(problemId) => navigate(`/problems/${problemId}`)}
          />
        )}
      </Flex>
      {visit.locked && (
        <Alert type="info" showIcon title={t('visits.detail.lockedHint')} data-testid="visit-locked-hint" />
      )}
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('visits.field.occurredAt')}>
            <RelativeDate value={visit.occurredAt} time />
          </Descriptions.Item>
          {visit.location && <Descriptions.Item label={t('visits.field.location')}>{visit.location}</Descriptions.Item>}
          <Descriptions.Item label={t('visits.field.author')}>{visit.author.name}</Descriptions.Item>
          {/* A FORUM contact made by a forum record: the forum itself, for whoever may read it. */}
          {visit.forum && (
            <Descriptions.Item label={t('visits.field.forum')}>
              <Link to={`/forums/${visit.forum.id}`} data-testid="visit-forum-link">
                {visit.forum.title}
              </Link>
            </Descriptions.Item>
          )}
          {!!visit.participantMentors?.length && (
            <Descriptions.Item label={t('visits.field.mentorsPresent')}>
              {visit.participantMentors.map((m) => m.name).join('、')}
            </Descriptions.Item>
          )}
          {visit.participants && (
            <Descriptions.Item label={t('visits.field.participants')}>{visit.participants}</Descriptions.Item>
          )}
          <Descriptions.Item label={t('visits.field.summary')}>
            <span data-testid="visit-summary-text" style={{ whiteSpace: 'pre-wrap' }}>
              {visit.summary}
            </span>
          </Descriptions.Item>
          {visit.observations && (
            <Descriptions.Item label={t('visits.field.observations')}>{visit.observations}</Descriptions.Item>
          )}
          {visit.nextVisitDue && (
            <Descriptions.Item label={t('visits.field.nextVisitDue')}>{visit.nextVisitDue}</Descriptions.Item>
          )}
          {visit.acknowledgmentComment && (
            <Descriptions.Item label={t('visits.field.comment')}>{visit.acknowledgmentComment}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {visit.confidentialNotes && (
        <Card
          size="small"
          title={
            <span>
              <LockOutlined /> {t('visits.field.confidentialNotes')}
            </span>
          }
          data-testid="visit-confidential-notes"
        >
          <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {visit.confidentialNotes}
          </Typography.Paragraph>
        </Card>
      )}
      <Card size="small" title={t('visits.detail.actionItems')}>
        <ActionItemRows items={visit.actionItems} empty={t('visits.detail.noActionItems')} />
      </Card>
      {canAcknowledge && (
        <Card size="small" title={t('visits.detail.acknowledgeTitle')}>
          <AcknowledgeVisit visit={visit} onDone={() => reload({ requestPolicy: 'network-only' })} />
        </Card>
      )}
    </Flex>
  );
}
