import { Route, Routes } from 'react-router-dom';
import { guarded, useViewer } from '../auth';
import { CreatePairingForm } from './create-pairing-form';
import { PairingDetail } from './pairing-detail';
import { OwnPairing, seesOnlyOwnPairing } from './own-pairing';
import { PairingsList } from './pairings-list';

/** /pairings, /pairings/new and /pairings/:id, below the section's route. */
export function PairingsRoutes() {
  const me = useViewer();
  return (
    <Routes>
      <Route index element={seesOnlyOwnPairing(me.roles) ? <OwnPairing /> : <PairingsList />} />
      <Route path="new" element={guarded('create', 'Pairing', <CreatePairingForm />)} />
      <Route path=":id" element={<PairingDetail />} />
    </Routes>
  );
}
