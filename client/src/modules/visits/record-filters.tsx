import { LIMITS } from '@tongxin/schema';
import { useEffect, useState, type ReactNode } from 'react';
import { Flex, Input, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';

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
