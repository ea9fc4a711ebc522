import { useEffect, useRef, useState } from 'react';
import { CloudUploadOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../ui/dates';
import { CountBadge, LightButton } from '../../ui/light-ui';
import { reasonMessage } from '../api/server-error';
import { useOutboxEntries, useReturnedEntries } from '../outbox/use-outbox';
import type { OutboxEntry } from '../outbox/outbox-storage';

// Where a pending entry's form is: it shows the entry as waiting, and the entry's outcome.
function formPath(entry: OutboxEntry): string {
  if (entry.kind === 'visit') return `/visits/new?pairingId=${encodeURIComponent(entry.target)}`;
  if (entry.kind === 'forum') return '/forums/new';
  const [talkeeId, pairingId] = entry.target.split('/');
  if (entry.target === 'new' || !talkeeId) return '/talks/new';
  const query = new URLSearchParams({ talkeeId, ...(pairingId ? { pairingId } : {}) });
  return `/talks/new?${query.toString()}`;
}

/** Open/closed state of a menu under its button: closed by Escape and by a tap anywhere else. */
function useMenu() {
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return undefined;
    const outside = (e: Event) => {
      if (!anchor.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  return { open, setOpen, anchor };
}

/**
 * The header's count of the viewer's records waiting to be sent from this device (visits and
 * talks), and of those the server refused, visible on a phone too; its menu lists them (a refused
 * one with the reason) and opens each one's form, where the draft waits.
 */
export function OutboxBadge() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const entries = useOutboxEntries();
  const returned = useReturnedEntries();
  const { open, setOpen, anchor } = useMenu();
  if (!entries.length && !returned.length) return null;
  const go = (entry: OutboxEntry) => {
    setOpen(false);
    navigate(formPath(entry));
  };
  const title = [
    entries.length ? t('outbox.badge', { count: entries.length }) : '',
    returned.length ? t('outbox.returnedCount', { count: returned.length }) : '',
  ]
    .filter(Boolean)
    .join('，');
  return (
    <div className="tx-popover-anchor" ref={anchor}>
      <LightButton
        variant="text"
        aria-label={title}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="outbox-badge"
        data-returned={returned.length || undefined}
        onClick={() => setOpen(!open)}
      >
        <CountBadge count={entries.length + returned.length} data-testid="outbox-badge-count">
          <CloudUploadOutlined style={{ fontSize: 18 }} />
        </CountBadge>
      </LightButton>
      {open && (
        <ul className="tx-popover" role="menu" aria-label={title}>
          {returned.map((entry) => (
            <li key={`returned-${entry.clientKey}`} role="none">
              <button
                type="button"
                role="menuitem"
                className="tx-popover-item tx-popover-item-danger"
                onClick={() => go(entry)}
              >
                <ExclamationCircleOutlined style={{ lineHeight: '22px' }} />
                <span data-testid="outbox-returned-item">
                  {t('outbox.returnedItem', { kind: t(`outbox.kind.${entry.kind}`), label: entry.label ?? '' })}
                  <br />
                  {reasonMessage(entry.refusal, t)}
                </span>
              </button>
            </li>
          ))}
          {entries.map((entry) => (
            <li key={entry.clientKey} role="none">
              <button type="button" role="menuitem" className="tx-popover-item" onClick={() => go(entry)}>
                <span data-testid="outbox-item">
                  {t(`outbox.kind.${entry.kind}`)}
                  {entry.label ? ` · ${entry.label}` : ''} ·{' '}
                  {t('outbox.queuedAt', { time: formatDateTime(entry.queuedAt) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
