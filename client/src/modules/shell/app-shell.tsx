import { Suspense, useState } from 'react';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useViewer } from '../auth';
import { OfflineIndicator } from '../offline/offline-indicator';
import { useOutboxSender } from '../outbox/use-outbox-sender';
import { LanguageSwitch } from './language-switch';
import { LogoutButton } from './logout-button';
import { NavDrawer } from './nav-drawer';
import { NavMenu } from './nav-menu';
import { OutboxBadge } from './outbox-badge';
import { NotificationBell } from '../reminders/notification-bell';
import { ViewerSummary } from './viewer-summary';
import { AntdScope } from '../../ui/antd-scope';
import { FullPageSpinner } from '../../ui/full-page-spinner';
import { LightButton } from '../../ui/light-ui';
import { DESKTOP_QUERY, useMediaQuery } from '../../ui/use-media-query';
import './shell.css';

/**
 * Layout of every logged-in page. Mentors use phones in the field, so below the `md` breakpoint
 * the side menu becomes a drawer behind a menu button and the header keeps only what fits 375 px.
 * Plain markup (ui/light-ui.tsx): the shell is part of the first load, antd is not.
 */
export function AppShell() {
  const { t } = useTranslation();
  const mobile = !useMediaQuery(DESKTOP_QUERY);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const me = useViewer();
  const { pathname } = useLocation();
  // The home is light; every other page uses antd, whose providers load with the first such page
  // and then stay, so a toast raised on one page survives the navigation to the next.
  const [antd, setAntd] = useState(pathname !== '/');
  if (!antd && pathname !== '/') setAntd(true);
  // One sender for the viewer's outbox, whatever page is open: records queued offline go out
  // when the connection returns, each with one toast.
  useOutboxSender();

  const page = (
    // Pages load on demand (app-routes.tsx): the header and menu stay while one arrives.
    <Suspense fallback={<FullPageSpinner />}>
      <Outlet />
    </Suspense>
  );

  return (
    <div className="tx-shell" data-testid="app-shell">
      <header className={mobile ? 'tx-header tx-header-mobile' : 'tx-header'}>
        {mobile && (
          <LightButton
            variant="text"
            icon={<MenuOutlined />}
            aria-label={t('shell.menu')}
            aria-expanded={drawerOpen}
            data-testid="nav-toggle"
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <h1 className="tx-product" data-testid="product-name">
          {mobile ? t('app.name') : t('app.title')}
        </h1>
        <div className="tx-header-spacer" />
        {mobile ? (
          <strong className="tx-ellipsis" style={{ maxWidth: 120 }} data-testid="viewer-name">
            {me.officer.name}
          </strong>
        ) : (
          <ViewerSummary />
        )}
        <NotificationBell />
        <OutboxBadge />
        <LanguageSwitch compact={mobile} />
        <LogoutButton compact={mobile} />
        <OfflineIndicator />
      </header>
      <div className="tx-body">
        {!mobile && (
          <aside className="tx-sider" data-testid="side-nav">
            <NavMenu />
          </aside>
        )}
        <main className={mobile ? 'tx-content tx-content-mobile' : 'tx-content'}>
          {antd ? <AntdScope>{page}</AntdScope> : page}
        </main>
      </div>
      {mobile && drawerOpen && (
        <NavDrawer title={t('app.title')} onClose={() => setDrawerOpen(false)}>
          <div style={{ padding: 16, borderBottom: '1px solid var(--tx-border-secondary)' }}>
            <ViewerSummary vertical showName={false} />
          </div>
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </NavDrawer>
      )}
    </div>
  );
}
