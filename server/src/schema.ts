import 'reflect-metadata';
import './common/graphql-types.js';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authorizationMiddleware } from './common/authorization.middleware.js';
import { guardFields } from './common/field-guard.js';
import { budgetMiddleware } from './common/limits/request-limits.js';
import { inputArgsMiddleware } from './common/input-args.middleware.js';
import { AdminResolver, OfficerAccountResolver } from './modules/admin/admin.resolver.js';
import { AuditResolver } from './modules/audit/audit.resolver.js';
import { AuthResolver } from './modules/auth/auth.resolver.js';
import { PasswordResolver } from './modules/auth/password.resolver.js';
import { ActionItemResolver } from './modules/action-items/action-item.resolver.js';
import { OfficerFieldsResolver, OfficerResolver } from './modules/officers/officer.resolver.js';
import { BranchResolver } from './modules/org/org.resolver.js';
import { PairingFieldsResolver, PairingMentorResolver } from './modules/pairings/pairing-fields.resolver.js';
import { PairingResolver } from './modules/pairings/pairing.resolver.js';
import { TalkResolver } from './modules/talks/talk.resolver.js';
import { PairingContactsResolver } from './modules/visits/pairing-contacts.resolver.js';
import { VisitResolver } from './modules/visits/visit.resolver.js';
import { ForumAttendanceResolver, ForumResolver } from './modules/forums/forum.resolver.js';
import { ProblemEventResolver, ProblemResolver } from './modules/problems/problem.resolver.js';
import { DashboardResolver } from './modules/dashboard/dashboard.resolver.js';
import { LedgerResolver } from './modules/ledger/ledger.resolver.js';
import { PairingReviewFieldsResolver, ReviewResolver } from './modules/reviews/review.resolver.js';
import { NotificationResolver, ReminderSettingsResolver } from './modules/reminders/reminders.resolver.js';

// Every module's resolvers; a module adds its own line here.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  PasswordResolver,
  BranchResolver,
  OfficerFieldsResolver,
  VisitResolver,
  TalkResolver,
  ActionItemResolver,
  PairingContactsResolver,
  AuditResolver,
  OfficerResolver,
  PairingResolver,
  PairingFieldsResolver,
  PairingMentorResolver,
  ReviewResolver,
  PairingReviewFieldsResolver,
  ForumResolver,
  ForumAttendanceResolver,
  ProblemResolver,
  ProblemEventResolver,
  DashboardResolver,
  LedgerResolver,
  AdminResolver,
  OfficerAccountResolver,
  NotificationResolver,
  ReminderSettingsResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** The GraphQL schema; built once per process (type-graphql metadata is global). */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    // type-graphql validates nothing unless told to; GraphQL itself refuses unknown input fields.
    validate: { forbidUnknownValues: true },
    emitSchemaFile: false,
    // Every field passes the time budget, the field rules and the input checks, in that order:
    // put in front of each resolver here rather than as type-graphql's globalMiddlewares (see
    // guardFields for why).
  }).then((schema) => guardFields(schema, [budgetMiddleware, authorizationMiddleware, inputArgsMiddleware]));
  return built;
}

export const printAppSchema = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema)) + '\n';
