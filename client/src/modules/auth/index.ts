export { AppAbilityProvider, Can, abilityFromPacked, useAppAbility } from './ability';
export { SessionProvider, useSession, useViewer, type Viewer } from './session-provider';
export { RequireAuth, type LoginRedirectState } from './require-auth';
export { RequireAbility, guarded } from './require-ability';
export { primaryRole, rankedRoles, ROLE_RANK } from './roles';
export { LoginMutationDocument, LogoutMutationDocument, MeQueryDocument } from './auth-documents';
