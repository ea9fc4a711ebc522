import { useId, useRef, type ReactNode } from 'react';
import { ExclamationCircleFilled } from '@ant-design/icons';
import { LightButton } from './light-ui';
import { useModalFocus } from './use-modal-focus';

/**
 * antd's Modal.confirm in plain markup, for the parts of the first load (logging out with unsent
 * records, signing a visit on the home): a modal dialog with a title, its content and two buttons;
 * the focus starts on "cancel", the safe answer, and Escape or a tap on the mask cancels.
 */
export function ConfirmDialog({
  title,
  children,
  okText,
  cancelText,
  danger = false,
  onOk,
  onCancel,
  okTestId,
  cancelTestId,
  okLoading = false,
  warning = true,
}: {
  title: string;
  children: ReactNode;
  okText: string;
  cancelText: string;
  danger?: boolean;
  onOk: () => void;
  onCancel: () => void;
  okTestId?: string;
  cancelTestId?: string;
  okLoading?: boolean;
  /** The warning icon before the title (Modal.confirm's); off for a plain question. */
  warning?: boolean;
}) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useModalFocus(cancel, onCancel);
  return (
    <div
      className="tx-dialog-mask"
      onClick={(e) => {
        if (e.target === e.currentTarget) onCancel();
      }}
    >
      <div
        className="tx-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
      >
        <h2 id={`${id}-title`} className="tx-dialog-title">
          {warning && <ExclamationCircleFilled style={{ color: 'var(--tx-warning)', marginInlineEnd: 12 }} />}
          {title}
        </h2>
        <div id={`${id}-body`}>{children}</div>
        <div className="tx-dialog-actions">
          <LightButton ref={cancel} onClick={onCancel} data-testid={cancelTestId}>
            {cancelText}
          </LightButton>
          <LightButton
            variant="primary"
            className={danger ? 'tx-btn-danger' : undefined}
            onClick={onOk}
            loading={okLoading}
            disabled={okLoading}
            data-testid={okTestId}
          >
            {okText}
          </LightButton>
        </div>
      </div>
    </div>
  );
}
