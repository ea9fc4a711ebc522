import { AbilityProvider as CaslAbilityProvider, Can as CaslCan, useAbility, type CanProps } from '@casl/react';
import { abilityFromRules, unpackRules, type AppAbility } from '@tongxin/schema';
import type { ReactNode } from 'react';

type PackedRules = Parameters<typeof unpackRules<AppAbility['rules'][number]>>[0];

/**
 * Builds the viewer's ability from the packed rules `me` returns. A malformed payload gives an
 * ability that allows nothing: hiding too much is safe, the server decides anyway.
 */
export function abilityFromPacked(packed: unknown): AppAbility {
  if (!Array.isArray(packed)) return abilityFromRules([]);
  try {
    return abilityFromRules(unpackRules(packed as PackedRules));
  } catch {
    return abilityFromRules([]);
  }
}

export function AppAbilityProvider({ ability, children }: { ability: AppAbility; children: ReactNode }) {
  return <CaslAbilityProvider value={ability}>{children}</CaslAbilityProvider>;
}

/** The viewer's CASL ability; the portal uses it only to hide what the server would refuse. */
export function useAppAbility(): AppAbility {
  return useAbility<AppAbility>();
}

/** `<Can I="read" a="Pairing">…</Can>` typed against Tongxin's actions and subjects. */
export function Can(props: CanProps<AppAbility>) {
  return <CaslCan<AppAbility> {...props} />;
}
