import type { ReactNode } from 'react';
import { Typography, type TableColumnType } from 'antd';
import { Link } from 'react-router-dom';
import { RelativeDate } from './dates';

// Columns the record tables share (visits, talks, action items), so that each list declares only
// what its columns show.

/** A column showing `cell(item)` under `title`. */
export function column<T>(key: string, title: string, cell: (item: T) => ReactNode): TableColumnType<T> {
  return { key, title, render: (_: unknown, item: T) => cell(item) };
}

/**
 * The record's name, linked to the record: a keyboard reaches the record through it. The click stays
 * on the link, so the row's own click does not navigate a second time.
 */
export function linkColumn<T>(key: string, title: string, to: (item: T) => string, text: (item: T) => ReactNode) {
  return column<T>(key, title, (item) => (
    <Link to={to(item)} onClick={(e) => e.stopPropagation()}>
      {text(item)}
    </Link>
  ));
}

/** A long text cut to two lines, as the cards cut it. */
export function clampedColumn<T>(key: string, title: string, text: (item: T) => ReactNode) {
  return column<T>(key, title, (item) => (
    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0, maxWidth: 420 }}>
      {text(item)}
    </Typography.Paragraph>
  ));
}

/** When it happened: the time and how long ago. */
export function timeColumn<T>(key: string, title: string, value: (item: T) => string) {
  return column<T>(key, title, (item) => <RelativeDate value={value(item)} time />);
}
