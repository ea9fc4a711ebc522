import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver } from 'type-graphql';
import { RecordRoot } from '../../common/record-root.js';
import { RESTRICTED } from '../../common/base.entity.js';
import { findReadable, scopeWhere } from '../../common/authz.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { refId } from '../../common/plain-rows.js';
import { ForViewer } from '../../common/decisions.js';
import { Branch } from '../org/branch.entity.js';
import { Pairing } from '../pairings/pairing.entity.js';
import { Officer } from './officer.entity.js';
import { OfficerConnection, OfficerFilter } from './officer.types.js';
import { QUERY_ID, parseId } from '../../common/parse.js';
import { forbidden } from '../../common/errors.js';

@Resolver(() => Officer)
export class OfficerFieldsResolver {
  @FieldResolver(() => Branch)
  branch(@RecordRoot() officer: Officer, @Ctx() ctx: AppContext): Promise<Branch> {
    return ctx.loaders.rows.get(Branch, refId(officer.branch));
  }

  @FieldResolver(() => Pairing, {
    nullable: true,
    description: 'The live pairing (ACTIVE or IN_REVIEW) of this officer as mentee, if the viewer may read it',
  })
  currentPairing(@RecordRoot() officer: Officer, @Ctx() ctx: AppContext): Promise<Pairing | null> {
    return ctx.loaders.pairings.currentPairing.load(officer.id);
  }

  @FieldResolver(() => Int, {
    ...RESTRICTED,
    description: 'Live pairings in which this officer holds an open mentor term; null when the viewer may not read it',
  })
  activeMentoringCount(@RecordRoot() officer: Officer, @Ctx() ctx: AppContext): Promise<number> {
    return ctx.loaders.pairings.liveMentoring.load(officer.id);
  }
}

@Resolver()
export class OfficerResolver {
  @ForViewer()
  @Query(() => OfficerConnection, { description: 'Officers the viewer may read, by name' })
  async officers(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => OfficerFilter, { nullable: true }) filter?: OfficerFilter,
  ): Promise<OfficerConnection> {
    // Whether someone is paired or flagged is the program's content: a viewer who reads neither
    // pairings nor why an officer was flagged (the sysadmin) may not filter by it either.
    if (filter?.paired != null && !ctx.ability.can('read', 'Pairing')) throw forbidden();
    if (filter?.flagged != null && !ctx.ability.can('read', 'Officer', 'flaggedReason')) throw forbidden();
    return toConnection(
      OfficerConnection,
      await ctx.services.officers.page(scopeWhere<Officer>(ctx.ability, 'read', 'Officer'), filter ?? {}, page),
    );
  }

  @ForViewer()
  @Query(() => Officer, { nullable: true, description: 'null when missing or outside the viewer’s scope' })
  officer(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<Officer | null> {
    return findReadable(ctx, Officer, 'Officer', parseId('id', id));
  }
}
