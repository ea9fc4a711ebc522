import { ActionItemList } from '../modules/action-items/action-item-list';

export function ActionItemsPage() {
  return (
    <section data-testid="page-action-items">
      <ActionItemList />
    </section>
  );
}
