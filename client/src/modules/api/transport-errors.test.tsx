import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { AUDITOR, FakeServer } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { serve, transportFailure } from '../outbox/record-forms.fixture';

// Screens outside the record forms that used to print `error.message`: a dropped connection must
// read as a sentence in the viewer's language there too.
describe('transport failures on other screens', () => {
  it('the audit log says the network failed instead of "[Network] Failed to fetch"', async () => {
    const server = new FakeServer([AUDITOR], AUDITOR);
    serve(server, (operation) => (operation === 'AuditEvents' ? transportFailure() : undefined));
    renderApp(server, '/audit');
    await waitFor(() => expect(document.body.textContent).toContain('网络连接失败，请检查网络后重试'));
    expect(document.body.textContent).not.toMatch(/\[Network\]|Failed to fetch/);
    expect(screen.getByTestId('page-audit')).toBeTruthy();
  });
});
