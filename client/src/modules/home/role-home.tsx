import { Suspense } from 'react';
import { Button, Card, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Role } from '@tongxin/schema';
import { primaryRole, rankedRoles, useViewer } from '../auth';
import { useVisibleSections } from '../shell/sections';
import { lazyNamed } from '../../ui/lazy-named';
import { DueSummary } from '../reminders/due-summary';

// Each role's part of the workspace loads on its own: a mentor's phone never fetches the
// committee's review queue or the auditor's log.
const SecretaryHome = lazyNamed(() => import('./secretary-home'), 'SecretaryHome');
const MentorHome = lazyNamed(() => import('./mentor-home'), 'MentorHome');
const OfficerHome = lazyNamed(() => import('./officer-home'), 'OfficerHome');
const CommitteeHome = lazyNamed(() => import('./committee-home'), 'CommitteeHome');
const AuditLog = lazyNamed(() => import('../audit/audit-log'), 'AuditLog');

const HEADING = {
  COMMITTEE: 'home.committee',
  SECRETARY: 'home.secretary',
  MENTOR: 'home.mentor',
  OFFICER: 'home.officer',
  SYSADMIN: 'home.sysadmin',
  AUDITOR: 'home.auditor',
} as const satisfies Record<Role, string>;

/**
 * The workspace of the viewer's highest-ranked role. It shows only facts the server returned;
 * counts and lists arrive with the sections that own them.
 */
export function RoleHome() {
  const { t } = useTranslation();
  const me = useViewer();
  const role = primaryRole(me.roles);
  const sections = useVisibleSections();
  const navigate = useNavigate();

  // The auditor opens the portal for one thing: the log, account changes included.
  if (role === 'AUDITOR') {
    return (
      <Flex vertical gap={16} data-testid="home-auditor" data-role={role}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t(HEADING[role])}
        </Typography.Title>
        <Suspense fallback={<Skeleton active />}>
          <AuditLog />
        </Suspense>
      </Flex>
    );
  }

  return (
    <Flex vertical gap={16} data-testid={`home-${role.toLowerCase()}`} data-role={role}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t(HEADING[role])}
      </Typography.Title>
      {/* The committee's to-do comes first: it is what they open the portal for. */}
      {role === 'SYSADMIN' ? (
        <Typography.Paragraph type="secondary">{t('admin.home.hint')}</Typography.Paragraph>
      ) : (
        <DueSummary />
      )}
      <Suspense fallback={<Skeleton active />}>
        {role === 'COMMITTEE' ? <CommitteeHome /> : null}
        {role === 'SECRETARY' ? <SecretaryHome /> : null}
        {me.roles.includes('MENTOR') ? <MentorHome /> : null}
        {/* A sysadmin or auditor is no officer of the program (三员分立): no pairing of their own to show. */}
        {role === 'SYSADMIN' ? null : <OfficerHome compact={role !== 'OFFICER'} />}
      </Suspense>
      <Card>
        <Descriptions column={{ xs: 1, sm: 1, md: 2 }} title={me.officer.name} data-testid="home-profile">
          <Descriptions.Item label={t('home.roles')}>
            <span data-testid="home-roles">
              {rankedRoles(me.roles).map((r) => (
                <Tag key={r} color={r === 'OFFICER' ? 'default' : 'red'}>
                  {t(`role.${r}`)}
                </Tag>
              ))}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.badgeNumber')}>
            {me.officer.badgeNumber} · {t(`home.category.${me.officer.category}`)}
          </Descriptions.Item>
          {me.officer.position ? (
            <Descriptions.Item label={t('home.position')}>{me.officer.position}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('home.branch')}>
            <span data-testid="home-branch">
              {me.branch.name} · {t(`home.branchKind.${me.branch.kind}`)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('home.bureau')}>
            <span data-testid="home-bureau">{me.bureau.name}</span>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('home.sections')}>
        {sections.length === 0 ? (
          <Empty description={t('home.noSections')} />
        ) : (
          <Flex wrap gap={8} data-testid="home-sections">
            {sections.map((s) => (
              <Button key={s.key} icon={<s.icon />} onClick={() => navigate(s.path)}>
                {t(`nav.${s.key}`)}
              </Button>
            ))}
          </Flex>
        )}
      </Card>
    </Flex>
  );
}
