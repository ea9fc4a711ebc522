import { LIMITS } from '@tongxin/schema';
import { useEffect, useState, type ReactNode } from 'react';
import { Flex, Input, Select, Typography, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchOutlined } from '@ant-design/icons';
import { DateInput } from '../../ui/date-inputs';

// The filter bar of the record lists (visits, talks, action items): every control carries a visible
// label tied to it, so "全部" alone never stands for a filter nobody can name.

/** A labelled filter control; `id` must be given to the control inside. */
export function FilterField({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <label htmlFor={id}>{label}</label>
      </Typography.Text>
      {children}
    </Flex>
  );
}

const SEARCH_DELAY_MS = 300;

/**
 * A search box that tells its list what to look for once the user pauses typing, so a query is not
 * sent for every keystroke. Blank means no search.
 */
export function SearchFilter({
  id,
  label,
  placeholder,
  onSearch,
  testId,
}: {
  id: string;
  label: string;
  placeholder: string;
  onSearch: (term: string | null) => void;
  testId?: string;
}) {
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => onSearch(text.trim() || null), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);
  return (
    <FilterField id={id} label={label}>
      <Input
        id={id}
        allowClear
        maxLength={LIMITS.nameMax}
        prefix={<SearchOutlined />}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ width: 220, maxWidth: '100%' }}
        data-testid={testId}
      />
    </FilterField>
  );
}

/** A labelled choice among a few values (kind, status, 保密…); `allowClear` lets it mean "any". */
export function SelectFilter<V extends string>({
  id,
  label,
  minWidth = 140,
  ...select
}: {
  id: string;
  label: string;
  minWidth?: number;
  value: V | undefined;
  onChange: (value: V) => void;
  options: { value: V; label: string }[];
  placeholder?: string;
  allowClear?: boolean;
  showSearch?: SelectProps['showSearch'];
  'data-testid'?: string;
}) {
  return (
    <FilterField id={id} label={label}>
      <Select<V> id={id} style={{ minWidth }} {...select} />
    </FilterField>
  );
}

/** The from / to dates of a record list's filter, in the shape the date-range filter takes. */
export function useDateRange() {
  const [from, onFrom] = useState<string | undefined>();
  const [to, onTo] = useState<string | undefined>();
  return { from, to, onFrom, onTo };
}

export type DateRange = ReturnType<typeof useDateRange>;

/** The 开始日期 / 结束日期 pair of a record list: ids `${id}-from` and `${id}-to`. */
export function DateRangeFilter({ id, from, to, onFrom, onTo }: DateRange & { id: string }) {
  const { t } = useTranslation();
  return (
    <>
      <FilterField id={`${id}-from`} label={t('list.from')}>
        <DateInput id={`${id}-from`} value={from} onChange={onFrom} style={{ width: 150 }} />
      </FilterField>
      <FilterField id={`${id}-to`} label={t('list.to')}>
        <DateInput id={`${id}-to`} value={to} onChange={onTo} style={{ width: 150 }} />
      </FilterField>
    </>
  );
}

/**
 * The filter row of a record list: the search first, the list's own choices (`children`), then the
 * date range when the list has one. `id` names them all: the search is `${id}-search` (also its test
 * id), the dates `${id}-from` and `${id}-to`.
 */
export function RecordFilterBar({
  id,
  search,
  dates,
  children,
}: {
  id: string;
  search: { label: string; placeholder: string; onSearch: (term: string | null) => void };
  dates?: DateRange;
  children?: ReactNode;
}) {
  return (
    <Flex wrap gap={8} align="flex-end">
      <SearchFilter id={`${id}-search`} testId={`${id}-search`} {...search} />
      {children}
      {dates && <DateRangeFilter id={id} {...dates} />}
    </Flex>
  );
}
