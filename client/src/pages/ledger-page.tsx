import { LedgerExport } from '../modules/ledger/ledger-export';

export function LedgerPage() {
  return (
    <section data-testid="page-ledger">
      <LedgerExport />
    </section>
  );
}
