import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from 'urql';
import type { OfficerFilter } from '../../gql/graphql';
import { RosterOfficersQuery } from './admin-documents';

/**
 * An officer of the roster, found by name, pinyin initials or badge number (the server's search).
 * `exclude` leaves out one officer (the leaver when picking a successor); `filter` narrows further.
 */
export function OfficerPicker({
  value,
  onChange,
  placeholder,
  filter = {},
  exclude,
  testId,
  allowClear,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder?: string;
  filter?: OfficerFilter;
  exclude?: string;
  testId?: string;
  allowClear?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [{ data, fetching }] = useQuery({
    query: RosterOfficersQuery,
    variables: { filter: { ...filter, search: search.trim() || undefined }, first: 20 },
  });
  const options = (data?.officers.edges ?? [])
    .map((e) => e.node)
    .filter((o) => o.id !== exclude)
    .map((o) => ({ value: o.id, label: `${o.name} · ${o.badgeNumber} · ${o.branch.name}` }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v)}
      options={options}
      loading={fetching}
      placeholder={placeholder}
      allowClear={allowClear}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
