import { Route, Routes } from 'react-router-dom';
import { RequireAbility } from '../auth';
import { CreatePairingForm } from './create-pairing-form';
import { PairingDetail } from './pairing-detail';
import { PairingsList } from './pairings-list';

/** /pairings, /pairings/new and /pairings/:id, below the section's route. */
export function PairingsRoutes() {
  return (
    <Routes>
      <Route index element={<PairingsList />} />
      <Route
        path="new"
        element={
          <RequireAbility action="create" subject="Pairing">
            <CreatePairingForm />
          </RequireAbility>
        }
      />
      <Route path=":id" element={<PairingDetail />} />
    </Routes>
  );
}
