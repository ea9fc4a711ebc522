import { AuditLog } from './audit-log';

/** /audit: one page, no sub-routes. */
export function AuditRoutes() {
  return (
    <section data-testid="page-audit">
      <AuditLog />
    </section>
  );
}
