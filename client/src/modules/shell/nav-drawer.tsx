import { useRef, type ReactNode } from 'react';
import { CloseOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LightButton } from '../../ui/light-ui';
import { useModalFocus } from '../../ui/use-modal-focus';

/**
 * The phone's navigation, sliding in from the left over a mask (antd's Drawer, without antd): a
 * modal dialog that takes the focus, closes on Escape, on the mask and on its close button, and
 * gives the focus back to the menu button.
 */
export function NavDrawer({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  useModalFocus(panel, onClose);
  return (
    <>
      <div className="tx-drawer-mask" onClick={onClose} aria-hidden />
      <div
        ref={panel}
        className="tx-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="nav-drawer-title"
        tabIndex={-1}
        data-testid="nav-drawer"
      >
        <div className="tx-drawer-head">
          <LightButton variant="text" icon={<CloseOutlined />} aria-label={t('shell.close')} onClick={onClose} />
          <h2 id="nav-drawer-title" className="tx-drawer-title">
            {title}
          </h2>
        </div>
        <div className="tx-drawer-body">{children}</div>
      </div>
    </>
  );
}
