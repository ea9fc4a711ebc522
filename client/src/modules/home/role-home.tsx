import { Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Role } from '@tongxin/schema';
import { primaryRole, rankedRoles, useViewer } from '../auth';
import { useVisibleSections } from '../shell/sections';
import { AntdScope } from '../../ui/antd-scope';
import { lazyNamed } from '../../ui/lazy-named';
import { LightButton, LightCard, LightEmpty, LightTag } from '../../ui/light-ui';
import { DueSummary } from '../reminders/due-summary';
import './home.css';

// Each role's part of the workspace loads on its own: a mentor's phone never fetches the
// committee's review queue or the auditor's log. The mentor's and the officer's parts are plain
// markup, as is the auditor's; the others use antd, whose providers load with them (ui/antd-scope.tsx).
const SecretaryHome = lazyNamed(() => import('./secretary-home'), 'SecretaryHome');
const MentorHome = lazyNamed(() => import('./mentor-home'), 'MentorHome');
const OfficerHome = lazyNamed(() => import('./officer-home'), 'OfficerHome');
const CommitteeHome = lazyNamed(() => import('./committee-home'), 'CommitteeHome');
// The auditor's part is the latest events in plain markup; the full log, with its filters, is /audit.
const AuditRecent = lazyNamed(() => import('../audit/audit-recent'), 'AuditRecent');

const HEADING = {
  COMMITTEE: 'home.committee',
  SECRETARY: 'home.secretary',
  MENTOR: 'home.mentor',
  OFFICER: 'home.officer',
  SYSADMIN: 'home.sysadmin',
  AUDITOR: 'home.auditor',
} as const satisfies Record<Role, string>;

// Held while a part loads: about the height of a part's first card, so the page does not jump.
const PART_FALLBACK = <div className="tx-home-loading" aria-hidden />;

/**
 * Each role's part reports its first answer; the profile and shortcuts below them wait for all of
 * them, so the cards arriving do not push them down (layout shift on a phone).
 */
function usePartsReady(parts: number) {
  const [ready, setReady] = useState(0);
  const onReady = useCallback(() => setReady((n) => n + 1), []);
  return { allReady: ready >= parts, onReady };
}

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
  const mentor = me.roles.includes('MENTOR');
  // A sysadmin or auditor is no officer of the program (三员分立): no pairing of their own to show.
  const officer = role !== 'SYSADMIN' && role !== 'AUDITOR';
  const leader = role === 'COMMITTEE' || role === 'SECRETARY';
  const { allReady, onReady } = usePartsReady((leader ? 1 : 0) + (mentor ? 1 : 0) + (officer ? 1 : 0));

  // The auditor opens the portal for one thing: the log, account changes included.
  if (role === 'AUDITOR') {
    return (
      <div className="tx-stack" style={{ gap: 16 }} data-testid="home-auditor" data-role={role}>
        <h2 className="tx-h2">{t(HEADING[role])}</h2>
        <Suspense fallback={PART_FALLBACK}>
          <AuditRecent />
        </Suspense>
      </div>
    );
  }

  return (
    <div className="tx-stack" style={{ gap: 16 }} data-testid={`home-${role.toLowerCase()}`} data-role={role}>
      <h2 className="tx-h2">{t(HEADING[role])}</h2>
      {role === 'SYSADMIN' ? (
        <p className="tx-secondary" style={{ margin: 0 }}>
          {t('admin.home.hint')}
        </p>
      ) : (
        <DueSummary />
      )}
      {/* The committee's to-do comes first: it is what they open the portal for. */}
      {leader ? (
        <AntdScope fallback={PART_FALLBACK}>
          {role === 'COMMITTEE' ? <CommitteeHome onReady={onReady} /> : <SecretaryHome onReady={onReady} />}
        </AntdScope>
      ) : null}
      <Suspense fallback={PART_FALLBACK}>
        {mentor ? <MentorHome onReady={onReady} /> : null}
        {officer ? <OfficerHome compact={role !== 'OFFICER'} onReady={onReady} /> : null}
      </Suspense>
      {allReady && (
        <>
          <LightCard large title={me.officer.name}>
            <dl className="tx-descriptions" data-testid="home-profile">
              <div>
                <dt>{t('home.roles')}</dt>
                <dd data-testid="home-roles">
                  {rankedRoles(me.roles).map((r) => (
                    <LightTag key={r} red={r !== 'OFFICER'}>
                      {t(`role.${r}`)}
                    </LightTag>
                  ))}
                </dd>
              </div>
              <div>
                <dt>{t('home.badgeNumber')}</dt>
                <dd>
                  {me.officer.badgeNumber} · {t(`home.category.${me.officer.category}`)}
                </dd>
              </div>
              {me.officer.position ? (
                <div>
                  <dt>{t('home.position')}</dt>
                  <dd>{me.officer.position}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('home.branch')}</dt>
                <dd data-testid="home-branch">
                  {me.branch.name} · {t(`home.branchKind.${me.branch.kind}`)}
                </dd>
              </div>
              <div>
                <dt>{t('home.bureau')}</dt>
                <dd data-testid="home-bureau">{me.bureau.name}</dd>
              </div>
            </dl>
          </LightCard>
          <LightCard large title={t('home.sections')}>
            {sections.length === 0 ? (
              <LightEmpty description={t('home.noSections')} />
            ) : (
              <div className="tx-row" style={{ gap: 8 }} data-testid="home-sections">
                {sections.map((s) => (
                  <LightButton key={s.key} icon={<s.icon />} onClick={() => navigate(s.path)}>
                    {t(`nav.${s.key}`)}
                  </LightButton>
                ))}
              </div>
            )}
          </LightCard>
        </>
      )}
    </div>
  );
}
