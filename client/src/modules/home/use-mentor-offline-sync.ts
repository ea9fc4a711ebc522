import { useEffect } from 'react';
import { useClient } from 'urql';
import { keptAnswersGeneration } from '../offline/offline-answers';
import { OfficerByIdDocument } from '../pairings/pairing-documents';
import { TalkeeOptionsQuery, TalkeePairingsQuery } from '../talks/talk-documents';
import { LogVisitPairingQuery } from '../visits/visit-documents';

// What the mentor's record forms load, fetched while online so that it is kept on the device
// (offline/offline-answers.ts) and a visit or a talk can be logged for any live pairing with no
// signal, even one whose form was never opened on this device. Once per set of pairings until the
// kept answers are deleted (logout, session end): the forms refresh theirs whenever opened online.
const synced = new Set<string>();

export interface SyncedPairing {
  id: string;
  mentee: { id: string };
}

export function useMentorOfflineSync(pairings: SyncedPairing[] | undefined) {
  const client = useClient();
  const signature = pairings && `${keptAnswersGeneration()}|${pairings.map((p) => `${p.id}:${p.mentee.id}`).join(',')}`;
  useEffect(() => {
    if (!pairings || signature === undefined || synced.has(signature)) return;
    if (globalThis.navigator?.onLine === false) return;
    synced.add(signature);
    const context = { requestPolicy: 'network-only' as const };
    const fetches: Promise<{ error?: unknown }>[] = [
      client.query(TalkeeOptionsQuery, { search: null }, context).toPromise(),
    ];
    for (const p of pairings) {
      fetches.push(
        client.query(LogVisitPairingQuery, { id: p.id }, context).toPromise(),
        client.query(OfficerByIdDocument, { id: p.mentee.id }, context).toPromise(),
        client.query(TalkeePairingsQuery, { menteeId: p.mentee.id }, context).toPromise(),
      );
    }
    // A failed fetch is tried again on the next visit to the home page.
    void Promise.all(fetches).then((results) => {
      if (results.some((r) => r.error)) synced.delete(signature);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, signature]);
}
