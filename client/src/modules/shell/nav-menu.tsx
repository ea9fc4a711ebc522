import { Menu } from 'antd';
import type { MenuItemType } from 'antd/es/menu/interface';
import { DashboardOutlined, KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useVisibleSections } from './sections';

// Menu items pass extra attributes to their <li>, which gives end-to-end tests a stable handle.
function item(props: MenuItemType & { 'data-testid': string }): MenuItemType {
  return props;
}

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const sections = useVisibleSections();

  const items = [
    item({ key: '/', icon: <DashboardOutlined />, label: t('nav.home'), 'data-testid': 'nav-home' }),
    ...sections.map((s) =>
      item({ key: s.path, icon: <s.icon />, label: t(`nav.${s.key}`), 'data-testid': `nav-${s.key}` }),
    ),
    // Everyone may choose a new password; it closes the menu so it reads as the viewer's own entry.
    item({ key: '/password', icon: <KeyOutlined />, label: t('nav.password'), 'data-testid': 'nav-password' }),
  ];
  const selected =
    pathname === '/password'
      ? '/password'
      : (sections.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))?.path ?? '/');

  return (
    <Menu
      mode="inline"
      items={items}
      selectedKeys={[selected]}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: 'none' }}
    />
  );
}
