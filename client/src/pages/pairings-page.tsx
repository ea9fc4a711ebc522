import { PairingsRoutes } from '../modules/pairings/pairings-routes';

export function PairingsPage() {
  return <PairingsRoutes />;
}
