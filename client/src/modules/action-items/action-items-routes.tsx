import { ActionItemList } from './action-item-list';

/** /action-items: one page, no sub-routes. */
export function ActionItemsRoutes() {
  return (
    <section data-testid="page-action-items">
      <ActionItemList />
    </section>
  );
}
