import type { ButtonHTMLAttributes, CSSProperties, ElementType, ReactNode, Ref } from 'react';
import { InboxOutlined } from '@ant-design/icons';

// The first load (login, shell, the mentor's home) is built from these rather than antd's
// components: each is a few lines of markup styled by ui/light.css with the same tokens, where
// antd's would bring its style engine, motion and overlay code (the load budget in
// docs/benchmarks.md). Pages that load on demand keep using antd.

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

export interface LightButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'default' | 'primary' | 'text' | 'ghost';
  size?: 'small' | 'middle' | 'large';
  block?: boolean;
  icon?: ReactNode;
  loading?: boolean;
  'data-testid'?: string;
  ref?: Ref<HTMLButtonElement>;
}

export function LightButton({
  variant = 'default',
  size = 'middle',
  block = false,
  icon,
  loading = false,
  children,
  className,
  type = 'button',
  ...rest
}: LightButtonProps) {
  const iconOnly = !children && children !== 0;
  return (
    <button
      type={type}
      className={cx(
        'tx-btn',
        variant !== 'default' && `tx-btn-${variant}`,
        size === 'large' && 'tx-btn-lg',
        size === 'small' && 'tx-btn-sm',
        block && 'tx-btn-block',
        iconOnly && 'tx-btn-icon-only',
        loading && 'tx-btn-loading',
        className,
      )}
      aria-busy={loading || undefined}
      {...rest}
    >
      {loading ? <span className="tx-spin" aria-hidden /> : icon}
      {iconOnly ? null : <span>{children}</span>}
    </button>
  );
}

export function Spinner({ label, large = false }: { label: string; large?: boolean }) {
  return <span className={cx('tx-spin', large && 'tx-spin-lg')} role="img" aria-label={label} />;
}

export function LightTag({
  red = false,
  blue = false,
  children,
  ...rest
}: {
  red?: boolean;
  blue?: boolean;
  children: ReactNode;
  style?: CSSProperties;
  'data-role'?: string;
  'data-testid'?: string;
}) {
  return (
    <span className={cx('tx-tag', red && 'tx-tag-red', blue && 'tx-tag-blue')} {...rest}>
      {children}
    </span>
  );
}

/** antd's small Badge: the count over an icon, hidden at 0; `title` carries the number. */
export function CountBadge({
  count,
  tone = 'error',
  children,
  'data-testid': testId,
}: {
  count: number;
  tone?: 'error' | 'info';
  children: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <span className="tx-badge" data-testid={testId}>
      {children}
      {count > 0 ? (
        <sup className={cx('tx-badge-count', tone === 'info' && 'tx-badge-count-info')} title={String(count)}>
          {count > 99 ? '99+' : count}
        </sup>
      ) : null}
    </span>
  );
}

export function LightCard({
  title,
  titleAs: Title = 'h3',
  extra,
  large = false,
  children,
  style,
  ...rest
}: {
  title?: ReactNode;
  /** At the right of the title (a "view all" link). */
  extra?: ReactNode;
  titleAs?: ElementType;
  large?: boolean;
  children: ReactNode;
  style?: CSSProperties;
  'data-testid'?: string;
  'data-overdue'?: boolean;
}) {
  return (
    <section className={cx('tx-card', large && 'tx-card-lg')} style={style} {...rest}>
      {title ? (
        <div className="tx-card-head">
          <Title>{title}</Title>
          {extra ? <div className="tx-card-extra">{extra}</div> : null}
        </div>
      ) : null}
      <div className="tx-card-body">{children}</div>
    </section>
  );
}

export function LightAlert({
  tone,
  icon,
  children,
  ...rest
}: {
  tone: 'warning' | 'error' | 'info';
  icon: ReactNode;
  children: ReactNode;
  role?: string;
  style?: CSSProperties;
  'data-testid'?: string;
}) {
  return (
    <div className={`tx-alert tx-alert-${tone}`} {...rest}>
      <span className="tx-alert-icon" aria-hidden>
        {icon}
      </span>
      <div>{children}</div>
    </div>
  );
}

export function LightEmpty({ description }: { description: ReactNode }) {
  return (
    <div className="tx-empty">
      <InboxOutlined className="tx-empty-icon" aria-hidden />
      {description}
    </div>
  );
}

/** A whole-area message with an icon, a title and what to do next (antd's Result, without antd). */
export function LightResult({
  icon,
  title,
  subTitle,
  extra,
  'data-testid': testId,
}: {
  icon: ReactNode;
  title: ReactNode;
  subTitle?: ReactNode;
  extra?: ReactNode;
  'data-testid'?: string;
}) {
  return (
    <div className="tx-result" data-testid={testId}>
      <div className="tx-result-icon" aria-hidden>
        {icon}
      </div>
      <div className="tx-result-title">{title}</div>
      {subTitle ? <div className="tx-secondary">{subTitle}</div> : null}
      {extra ? <div className="tx-result-extra">{extra}</div> : null}
    </div>
  );
}
