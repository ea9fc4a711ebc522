import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { App } from '../app';
import { AppRoutes } from '../app-routes';
import type { FakeServer } from './fake-api';

function LocationProbe() {
  const location = useLocation();
  return (
    <>
      <output data-testid="location">{location.pathname}</output>
      <output data-testid="location-search">{location.search}</output>
    </>
  );
}

/** The whole portal (providers, guard, routes) at `path`, talking to a fake server. */
export function renderApp(server: FakeServer, path = '/') {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App makeClient={server.makeClient}>
        <AppRoutes />
        <LocationProbe />
      </App>
    </MemoryRouter>,
  );
}
