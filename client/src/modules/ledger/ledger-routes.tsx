import { LedgerExport } from './ledger-export';

/** /ledger: one page, no sub-routes. */
export function LedgerRoutes() {
  return (
    <section data-testid="page-ledger">
      <LedgerExport />
    </section>
  );
}
