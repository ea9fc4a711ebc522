import type { ReactNode } from 'react';
import { Flex, Input, Switch } from 'antd';

/**
 * The filter row of an administration list (accounts, officers): a search box, any filters of the
 * list's own, and the switch that brings disabled records back into view.
 */
export function ListFilters({
  searchPlaceholder,
  onSearch,
  searchTestId,
  includeDisabled,
  onIncludeDisabled,
  includeDisabledLabel,
  children,
}: {
  searchPlaceholder: string;
  onSearch: (text: string) => void;
  searchTestId: string;
  includeDisabled: boolean;
  onIncludeDisabled: (on: boolean) => void;
  includeDisabledLabel: string;
  children?: ReactNode;
}) {
  return (
    <Flex gap={12} wrap align="center" style={{ marginTop: 12 }}>
      <Input.Search
        allowClear
        placeholder={searchPlaceholder}
        onSearch={onSearch}
        style={{ maxWidth: 320 }}
        data-testid={searchTestId}
      />
      {children}
      <label style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
        <Switch size="small" checked={includeDisabled} onChange={onIncludeDisabled} />
        <span>{includeDisabledLabel}</span>
      </label>
    </Flex>
  );
}
