import { Suspense, useState } from 'react';
import { Button, Drawer, Flex, Grid, Layout, Typography, theme } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { useViewer } from '../auth';
import { OfflineIndicator } from '../offline/offline-indicator';
import { useOutboxSender } from '../outbox/use-outbox-sender';
import { LanguageSwitch } from './language-switch';
import { LogoutButton } from './logout-button';
import { NavMenu } from './nav-menu';
import { OutboxBadge } from './outbox-badge';
import { NotificationBell } from '../reminders/notification-bell';
import { ViewerSummary } from './viewer-summary';
import { FullPageSpinner } from '../../ui/full-page-spinner';

const HEADER_HEIGHT = 56;

/**
 * Layout of every logged-in page. Mentors use phones in the field, so below the `md` breakpoint
 * the side menu becomes a drawer behind a menu button and the header keeps only what fits 375 px.
 */
export function AppShell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const screens = Grid.useBreakpoint();
  // Until the first measurement `md` is undefined; assume a desktop, where most sessions start.
  const mobile = screens.md === false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const me = useViewer();
  // One sender for the viewer's outbox, whatever page is open: records queued offline go out
  // when the connection returns, each with one toast.
  useOutboxSender();

  return (
    <Layout style={{ minHeight: '100vh' }} data-testid="app-shell">
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          height: HEADER_HEIGHT,
          lineHeight: `${HEADER_HEIGHT}px`,
          paddingInline: mobile ? 8 : 24,
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <Flex align="center" gap={mobile ? 4 : 16} style={{ height: '100%' }}>
          {mobile && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              aria-label={t('shell.menu')}
              data-testid="nav-toggle"
              onClick={() => setDrawerOpen(true)}
            />
          )}
          <Typography.Title
            level={4}
            style={{ margin: 0, color: token.colorPrimary, whiteSpace: 'nowrap' }}
            data-testid="product-name"
          >
            {mobile ? t('app.name') : t('app.title')}
          </Typography.Title>
          <div style={{ flex: 1, minWidth: 0 }} />
          {mobile ? (
            <Typography.Text strong ellipsis style={{ maxWidth: 120 }} data-testid="viewer-name">
              {me.officer.name}
            </Typography.Text>
          ) : (
            <ViewerSummary />
          )}
          <NotificationBell />
          <OutboxBadge />
          <LanguageSwitch compact={mobile} />
          <LogoutButton compact={mobile} />
        </Flex>
        <OfflineIndicator />
      </Layout.Header>
      <Layout>
        {!mobile && (
          <Layout.Sider
            width={208}
            theme="light"
            style={{
              borderInlineEnd: `1px solid ${token.colorBorderSecondary}`,
              position: 'sticky',
              top: HEADER_HEIGHT,
              height: `calc(100vh - ${HEADER_HEIGHT}px)`,
              overflow: 'auto',
            }}
            data-testid="side-nav"
          >
            <NavMenu />
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: mobile ? 12 : 24, minWidth: 0 }}>
          {/* Pages load on demand (app-routes.tsx): the header and menu stay while one arrives. */}
          <Suspense fallback={<FullPageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {mobile && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={280}
          title={t('app.title')}
          data-testid="nav-drawer"
          styles={{ body: { padding: 0 } }}
        >
          <div style={{ padding: 16, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
            <ViewerSummary vertical showName={false} />
          </div>
          <NavMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
