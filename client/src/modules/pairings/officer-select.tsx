import { Select, Space, Spin, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { OfficerFilter } from '../../gql/graphql';
import { OfficerOptionsDocument } from './pairing-documents';

export interface OfficerOption {
  id: string;
  name: string;
  badgeNumber?: string;
}

interface Props {
  value?: string | string[];
  onChange?: (value: string | string[] | undefined, options?: OfficerOption | OfficerOption[]) => void;
  multiple?: boolean;
  placeholder?: string;
  /** Fixed part of the search (branch, unpaired, …); the typed text is added as `search`. */
  filter?: OfficerFilter;
  /** Names of officers already chosen, so the field shows them before any search. */
  known?: OfficerOption[];
  /** Ids that must not be offered (e.g. the mentee in a mentor picker). */
  exclude?: string[];
  showLoad?: boolean;
  testId: string;
  allowClear?: boolean;
  id?: string;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Search-as-you-type officer picker: the server searches name, pinyin initials and badge number
 * within what the viewer may read, debounced so typing "zl" is one request, not two.
 */
export function OfficerSelect({
  value,
  onChange,
  multiple,
  placeholder,
  filter,
  known = [],
  exclude = [],
  showLoad,
  testId,
  allowClear,
  id,
}: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 300);
  const [{ data, fetching }] = useQuery({
    query: OfficerOptionsDocument,
    variables: { filter: { ...filter, search: term || undefined }, first: 20 },
  });
  const [chosen, setChosen] = useState<OfficerOption[]>(known);
  const knownKey = known.map((k) => k.id).join(',');
  useEffect(() => {
    if (known.length) setChosen((prev) => [...prev, ...known.filter((k) => !prev.some((p) => p.id === k.id))]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [knownKey]);

  const found = useMemo(() => data?.officers.edges.map((e) => e.node) ?? [], [data]);
  const options = useMemo(() => {
    const byId = new Map<string, { value: string; label: React.ReactNode; title: string }>();
    for (const o of found) {
      if (exclude.includes(o.id)) continue;
      byId.set(o.id, {
        value: o.id,
        title: o.name,
        label: (
          <Space size={4} wrap data-testid={`${testId}-option`} data-officer-id={o.id} data-name={o.name}>
            <Typography.Text>{o.name}</Typography.Text>
            <Typography.Text type="secondary">{o.badgeNumber}</Typography.Text>
            {o.position ? <Typography.Text type="secondary">{o.position}</Typography.Text> : null}
            {showLoad ? <Tag>{t('pairings.form.activeLoad', { count: o.activeMentoringCount })}</Tag> : null}
            {o.currentPairing ? <Tag color="orange">{t('pairings.form.paired')}</Tag> : null}
          </Space>
        ),
      });
    }
    // Keep the chosen ones selectable so their names stay visible after the search changes.
    for (const c of chosen) {
      if (!byId.has(c.id)) byId.set(c.id, { value: c.id, title: c.name, label: c.name });
    }
    return [...byId.values()];
  }, [found, chosen, exclude, showLoad, t, testId]);

  const remember = (ids: string[]) => {
    const picked = ids
      .map((i) => found.find((o) => o.id === i) ?? chosen.find((c) => c.id === i))
      .filter((o): o is OfficerOption => Boolean(o))
      .map((o) => ({ id: o.id, name: o.name, badgeNumber: o.badgeNumber }));
    setChosen((prev) => [...prev.filter((p) => !ids.includes(p.id)), ...picked]);
    return picked;
  };

  return (
    <Select
      id={id}
      data-testid={testId}
      mode={multiple ? 'multiple' : undefined}
      value={value}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      onChange={(v: string | string[] | undefined) => {
        const ids = v === undefined ? [] : Array.isArray(v) ? v : [v];
        const picked = remember(ids);
        setSearch('');
        onChange?.(v, multiple ? picked : picked[0]);
      }}
      onOpenChange={(open) => {
        if (!open) setSearch('');
      }}
      notFoundContent={fetching ? <Spin size="small" /> : t('pairings.form.noOptions')}
      options={options}
      optionLabelProp="title"
      style={{ width: '100%' }}
    />
  );
}
