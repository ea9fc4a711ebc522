import { Optional } from '../../common/input-fields.js';
import { LIMITS } from '@tongxin/schema';
import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { findReadable, scopeWhere } from '../../common/authz.js';
import { PageArgs, toConnection } from '../../common/connection.js';
import type { AppContext } from '../../common/context.js';
import { ForViewer } from '../../common/decisions.js';
import { forbidden } from '../../common/errors.js';
import { MUTATION_ID, QUERY_ID, parseId, parseIds } from '../../common/parse.js';
import { refuseWith } from '../../common/validation-messages.js';
import { cancelPairing, submitPairingForReview } from './pairing-status.service.js';
import { createPairing } from './pairing-create.service.js';
import { mentorCapacity } from './pairing-mentors.js';
import { updatePairing } from './pairing-update.service.js';
import { Pairing } from './pairing.entity.js';
import { CreatePairingInput, PairingFilter, UpdatePairingInput } from './pairing.inputs.js';
import {
  CreatePairingResult,
  MentorLoad,
  PairingConnection,
  PairingOrderBy,
  UpdatePairingResult,
} from './pairing.types.js';

const longMsg = refuseWith('TOO_LONG', { max: LIMITS.longText });

@ArgsType()
class PairingStatusArgs {
  @Field(() => ID, MUTATION_ID)
  id!: string;

  @Optional(() => Int, 'When given, a stale version gives CONFLICT')
  version?: number;
}

@ArgsType()
class CancelPairingArgs extends PairingStatusArgs {
  @Field({ description: 'Why the pairing is cancelled (required)' })
  @MaxLength(LIMITS.longText, longMsg)
  reason!: string;
}

@ArgsType()
class SubmitPairingArgs extends PairingStatusArgs {
  @Field({ description: 'The secretary’s summary for the committee (required)' })
  @MaxLength(LIMITS.longText, longMsg)
  summary!: string;
}

@ArgsType()
class MentorCapacityArgs {
  @Field(() => [ID])
  @ArrayMaxSize(LIMITS.supportMentorsMax + 1)
  mentorIds!: string[];
}

@Resolver()
export class PairingResolver {
  @ForViewer()
  @Query(() => PairingConnection, {
    description: 'Pairings the viewer may read, filtered and sorted; without a status filter only the live ones',
  })
  async pairings(
    @Ctx() ctx: AppContext,
    @Args() page: PageArgs,
    @Arg('filter', () => PairingFilter, { nullable: true }) filter?: PairingFilter,
    @Arg('orderBy', () => PairingOrderBy, { nullable: true }) orderBy?: PairingOrderBy | null,
  ): Promise<PairingConnection> {
    const found = await ctx.services.pairings.page(
      scopeWhere<Pairing>(ctx.ability, 'read', 'Pairing'),
      filter ?? {},
      orderBy,
      page,
      ctx.clock.now(),
    );
    // A record below names its pairing (an item's): it is one of these, read already.
    ctx.loaders.rows.prime(
      Pairing,
      found.edges.map((e) => e.node),
    );
    return toConnection(PairingConnection, found);
  }

  @ForViewer()
  @Query(() => Pairing, { nullable: true, description: 'null when missing or outside the viewer’s scope' })
  async pairing(@Ctx() ctx: AppContext, @Arg('id', () => ID, QUERY_ID) id: string): Promise<Pairing | null> {
    return findReadable(ctx, Pairing, 'Pairing', parseId('id', id));
  }

  @ForViewer()
  @Query(() => [MentorLoad], {
    description: 'Live pairings of each named officer against the limit, for the portal to warn before saving',
  })
  async mentorCapacity(@Ctx() ctx: AppContext, @Args() { mentorIds }: MentorCapacityArgs): Promise<MentorLoad[]> {
    if (!ctx.ability.can('create', 'Pairing') && !ctx.ability.can('update', 'Pairing')) throw forbidden();
    return mentorCapacity(ctx, parseIds('mentorIds', mentorIds));
  }

  @ForViewer()
  @Mutation(() => CreatePairingResult, { description: '建立结对 (secretary of the mentee’s branch)' })
  createPairing(@Ctx() ctx: AppContext, @Arg('input') input: CreatePairingInput): Promise<CreatePairingResult> {
    return createPairing(ctx, input);
  }

  @ForViewer()
  @Mutation(() => UpdatePairingResult, { description: 'Edit goals, dates, cadence, risk notes or the mentor team' })
  updatePairing(@Ctx() ctx: AppContext, @Arg('input') input: UpdatePairingInput): Promise<UpdatePairingResult> {
    return updatePairing(ctx, input);
  }

  @ForViewer()
  @Mutation(() => Pairing, { description: '撤销结对: ACTIVE → CANCELLED' })
  cancelPairing(@Ctx() ctx: AppContext, @Args() { id, reason, version }: CancelPairingArgs): Promise<Pairing> {
    return cancelPairing(ctx, id, reason, version);
  }

  @ForViewer()
  @Mutation(() => Pairing, { description: '提交评估: ACTIVE → IN_REVIEW' })
  submitPairingForReview(
    @Ctx() ctx: AppContext,
    @Args() { id, summary, version }: SubmitPairingArgs,
  ): Promise<Pairing> {
    return submitPairingForReview(ctx, id, summary, version);
  }
}
