import { Fragment, isValidElement, type HTMLAttributes, type ReactNode } from 'react';
import {
  Button,
  Empty,
  Flex,
  Grid,
  Result,
  Spin,
  Table,
  Typography,
  type TableColumnsType,
  type TableProps,
} from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, type AnyVariables, type TypedDocumentNode } from 'urql';
import { graphql } from '../gql';
import { userMessage } from '../modules/api/server-error';
import { useCursors } from './use-cursors';

/** What a list reads of a page to ask for the next one: every list query spreads it in `pageInfo`. */
export const CursorPageInfoFragment = graphql(`
  fragment CursorPageInfo on PageInfo {
    hasNextPage
    endCursor
  }
`);

/** The shape every connection of the API has (see `common/connection.ts` on the server). */
export interface CursorConnection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: T }[];
}

/** A table setting, or one made from the items of the page the table shows. */
type PerPage<T, V> = V | ((page: readonly T[]) => V);

const ofPage = <T, V>(value: PerPage<T, V>, page: readonly T[]): V =>
  typeof value === 'function' ? (value as (page: readonly T[]) => V)(page) : value;

export interface CursorListProps<Data, Vars extends AnyVariables, T extends { id: string }> {
  /** A query taking `first` and `after` beside `variables`. */
  query: TypedDocumentNode<Data, Vars>;
  /** Everything but the page: a change starts again from the first page. */
  variables: Omit<Vars, 'first' | 'after'>;
  connection: (data: Data) => CursorConnection<T>;
  /** One item on a phone (and on a desktop when there are no `columns`); `page` is the page it is on. */
  renderCard: (item: T, page: readonly T[]) => ReactNode;
  /**
   * A table on a desktop (md and up); without them the cards are shown everywhere. A function gets the
   * page's items (e.g. to offer the people on it as a column filter).
   */
  columns?: PerPage<T, TableColumnsType<T>>;
  /** A wide table scrolls sideways; `onChange` hears the column filters of the header (first page). */
  table?: PerPage<T, Pick<TableProps<T>, 'scroll' | 'onChange'>>;
  /** What a table row does and its test id: a row stands for the same record as its card. */
  row?: (item: T) => { testId?: string; onClick?: () => void };
  /** Filters above the list. */
  filters?: ReactNode;
  /** A sentence under antd's Empty picture, or a whole element (e.g. with a "clear filters" button). */
  empty: ReactNode;
  /** The button under the last page: "load more" (`list.more`) unless said otherwise, e.g. "load older". */
  more?: string;
  total?: (count: number) => ReactNode;
  testIds?: { total?: string; more?: string; table?: string };
  pageSize?: number;
}

/**
 * One list page of the portal: filters, then the items page by page ("load more" by cursor), with
 * its empty and error states. Each page is a query of its own, so a mutation that refreshes the
 * cache refreshes every page shown.
 */
export function CursorList<Data, Vars extends AnyVariables, T extends { id: string }>(
  props: CursorListProps<Data, Vars, T>,
) {
  const { cursors, more } = useCursors(JSON.stringify(props.variables));
  return (
    <Flex vertical gap={12}>
      {props.filters}
      {cursors.map((after, i) => (
        <CursorPage
          key={after ?? 'first'}
          {...props}
          after={after}
          first={i === 0}
          onMore={i === cursors.length - 1 ? more : null}
        />
      ))}
    </Flex>
  );
}

function CursorPage<Data, Vars extends AnyVariables, T extends { id: string }>({
  query,
  variables,
  connection,
  renderCard,
  columns,
  table,
  row,
  empty,
  more,
  total,
  testIds = {},
  pageSize = 20,
  after,
  first,
  onMore,
}: CursorListProps<Data, Vars, T> & { after: string | null; first: boolean; onMore: ((c: string) => void) | null }) {
  const { t } = useTranslation();
  const desktop = Grid.useBreakpoint().md ?? false;
  const [{ data, fetching, error }, reload] = useQuery<Data, Vars>({
    query,
    variables: { ...variables, first: pageSize, after } as unknown as Vars,
    requestPolicy: 'cache-and-network',
  });
  if (fetching && !data) return <Spin />;
  if (error && !data) {
    return (
      <Result
        status="warning"
        title={t('app.loadFailed')}
        subTitle={userMessage(error, t)}
        data-testid="load-failed"
        extra={
          <Button type="primary" onClick={() => reload({ requestPolicy: 'network-only' })}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  const emptyState = isValidElement(empty) ? empty : <Empty description={empty} />;
  if (!data) return first ? emptyState : null;
  const { edges, pageInfo, totalCount } = connection(data);
  const items = edges.map((e) => e.node);
  return (
    <>
      {first && total && (
        <Typography.Text type="secondary" data-testid={testIds.total}>
          {total(totalCount)}
        </Typography.Text>
      )}
      {first && items.length === 0 && emptyState}
      {items.length > 0 && columns && desktop ? (
        <Table<T>
          rowKey="id"
          size="small"
          pagination={false}
          showHeader={first}
          columns={ofPage(columns, items)}
          dataSource={items}
          {...(table && ofPage(table, items))}
          onRow={row ? (item) => rowAttributes(row(item)) : undefined}
          data-testid={testIds.table}
        />
      ) : (
        items.map((item) => <Fragment key={item.id}>{renderCard(item, items)}</Fragment>)
      )}
      {onMore && pageInfo.hasNextPage && pageInfo.endCursor && (
        <Button block onClick={() => onMore(pageInfo.endCursor!)} data-testid={testIds.more}>
          {more ?? t('list.more')}
        </Button>
      )}
    </>
  );
}

function rowAttributes({ testId, onClick }: { testId?: string; onClick?: () => void }): HTMLAttributes<HTMLElement> {
  return {
    ...({ 'data-testid': testId } as HTMLAttributes<HTMLElement>),
    onClick,
    style: onClick ? { cursor: 'pointer' } : undefined,
  };
}
