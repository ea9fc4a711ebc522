import { VisitKind } from '@tongxin/schema';
import DataLoader from 'dataloader';
import { scopeWhere } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import type { Visit } from '../visits/visit.entity.js';
import type { PairingMentor } from './pairing-mentor.entity.js';
import { refId } from '../../common/plain-rows.js';
import { Officer } from '../officers/officer.entity.js';
import type { Pairing } from './pairing.entity.js';
import { type TimelineEntry, VisitKindCount } from './pairing.types.js';
import { type TimelineOptions, loadTimelines } from './timeline.service.js';

export interface PairingLoaders {
  /** Every mentor term of a pairing with its officer, in one joined statement per page. */
  terms: DataLoader<number, PairingMentor[]>;
  /** Visits per kind of a pairing, counted from the visits the viewer may read. */
  visitCounts: DataLoader<number, VisitKindCount[]>;
  /** Timelines of the page's pairings, one loader per shape asked for. */
  timeline(options: TimelineOptions): DataLoader<Pairing, TimelineEntry[], number>;
  /** Live pairings an officer currently mentors. */
  liveMentoring: DataLoader<number, number>;
  /** The live pairing of an officer as mentee, if the viewer may read it. */
  currentPairing: DataLoader<number, Pairing | null>;
}

/** The pairing loaders of one request (`ctx.loaders.pairings`). */
export function createPairingLoaders(ctx: AppContext): PairingLoaders {
  const timelines = new Map<string, DataLoader<Pairing, TimelineEntry[], number>>();
  return {
    terms: new DataLoader(async (ids) => {
      const { terms, officers } = await ctx.services.pairingMentors.termsWithOfficers(ids);
      // The mentors' names (and a lead mentor asked for as such) need no statement of their own.
      ctx.loaders.rows.prime(Officer, officers);
      const byPairing = new Map<number, PairingMentor[]>(ids.map((id) => [id, []]));
      for (const term of terms) byPairing.get(refId(term.pairing)!)?.push(term);
      return ids.map((id) => byPairing.get(id)!);
    }),
    visitCounts: new DataLoader(async (ids) => {
      const counts = await ctx.services.pairings.countVisitsByKind(
        scopeWhere<Visit>(ctx.ability, 'read', 'Visit'),
        ids,
      );
      return ids.map((id) =>
        Object.values(VisitKind).map((kind) =>
          Object.assign(new VisitKindCount(), { kind, count: counts.get(id)?.get(kind) ?? 0 }),
        ),
      );
    }),
    timeline: (options) => {
      const key = `${options.first ?? '*'}:${options.newestFirst}`;
      let loader = timelines.get(key);
      if (!loader) {
        loader = new DataLoader((pairings) => loadTimelines(ctx, pairings, options), { cacheKeyFn: (p) => p.id });
        timelines.set(key, loader);
      }
      return loader;
    },
    liveMentoring: new DataLoader(async (ids) => {
      const counts = await ctx.services.pairings.countLiveMentoring(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    currentPairing: new DataLoader(async (menteeIds) => {
      const pairings = await ctx.services.pairings.findLiveOfMentees(
        scopeWhere<Pairing>(ctx.ability, 'read', 'Pairing'),
        menteeIds,
      );
      const byMentee = new Map(pairings.map((p) => [p.mentee.id, p]));
      return menteeIds.map((id) => byMentee.get(id) ?? null);
    }),
  };
}
