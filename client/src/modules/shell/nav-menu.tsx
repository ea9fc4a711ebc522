import type { ComponentType } from 'react';
import { DashboardOutlined, KeyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useVisibleSections } from './sections';

interface NavItem {
  path: string;
  icon: ComponentType;
  label: string;
  testId: string;
}

/** The side menu and the drawer's list: links, the current section marked for screen readers too. */
export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const sections = useVisibleSections();

  const items: NavItem[] = [
    { path: '/', icon: DashboardOutlined, label: t('nav.home'), testId: 'nav-home' },
    ...sections.map((s) => ({ path: s.path, icon: s.icon, label: t(`nav.${s.key}`), testId: `nav-${s.key}` })),
    // Everyone may choose a new password; it closes the menu so it reads as the viewer's own entry.
    { path: '/password', icon: KeyOutlined, label: t('nav.password'), testId: 'nav-password' },
  ];
  const selected =
    pathname === '/password'
      ? '/password'
      : (sections.find((s) => pathname === s.path || pathname.startsWith(`${s.path}/`))?.path ?? '/');

  return (
    <nav aria-label={t('shell.menu')}>
      <ul className="tx-nav">
        {items.map(({ path, icon: Icon, label, testId }) => (
          <li key={path}>
            <Link
              to={path}
              className="tx-nav-link"
              aria-current={path === selected ? 'page' : undefined}
              data-testid={testId}
              onClick={() => onNavigate?.()}
            >
              <Icon />
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
