import { AuditLog } from '../modules/audit/audit-log';

export function AuditPage() {
  return (
    <section data-testid="page-audit">
      <AuditLog />
    </section>
  );
}
