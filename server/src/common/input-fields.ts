import { LIMITS } from '@tongxin/schema';
import { ArrayMaxSize, IsOptional, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MUTATION_ID } from './parse.js';
import { refuseWith } from './validation-messages.js';

/**
 * The input fields every record form repeats, each as one decorator: its GraphQL type and its
 * validation are stated once, so an input class lists names and limits only. The decorators are
 * type-graphql's and class-validator's own, applied in the order a class would spell them.
 */
type TypeOf = NonNullable<Parameters<typeof Field>[0]>;

export function allOf(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((d) => d(target, key));
}

/** Text the record needs: at most `max` characters (longer is BAD_USER_INPUT naming the field). */
export const RequiredText = (max: number, description?: string) =>
  allOf(
    Field(() => String, { description }),
    MaxLength(max),
  );

/** Text that may be left out; null clears it. */
export const OptionalText = (max: number, description?: string) =>
  allOf(
    Field(() => String, { nullable: true, description }),
    IsOptional(),
    MaxLength(max),
  );

/** A list of ids that may be left out, at most `max` of them. */
export const OptionalIds = (max: number, description?: string) =>
  allOf(
    Field(() => [ID], { nullable: true, description }),
    IsOptional(),
    ArrayMaxSize(max),
  );

/** A local date (YYYY-MM-DD) that may be left out; the service parses it. */
export const OptionalDay = () =>
  allOf(
    Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }),
    IsOptional(),
  );

/** A filter's free-text search on a person; `who` says whose name it matches. */
export const SearchText = (who: string) =>
  allOf(
    Field(() => String, {
      nullable: true,
      description: `${who}: part of the name, pinyin initials from the start or the start of the badge number`,
    }),
    IsOptional(),
    MaxLength(LIMITS.nameMax, refuseWith('TOO_LONG', { max: LIMITS.nameMax })),
  );

/** A field of the given GraphQL type (an id, an enum, a flag) that may be left out. */
export const Optional = (type: TypeOf, description?: string) =>
  allOf(Field(type, { nullable: true, description }), IsOptional());

/** Longer than the portal's keys need: a key is a random id, not text anyone reads. */
export const CLIENT_KEY_MAX = 64;

/** The portal's key for one submission of a form; a resend with it returns `what` instead of a copy. */
export const ClientKey = (what: string) =>
  allOf(
    Field(() => String, {
      nullable: true,
      description: `Chosen by the client per submission; resending the same key returns the ${what}`,
    }),
    IsOptional(),
    MaxLength(CLIENT_KEY_MAX),
  );

type InputClass = abstract new (...args: any[]) => object;

/**
 * `Base`'s fields plus the record an edit applies to and the version it was based on (a stale one
 * is CONFLICT). A function, not a base class, because an edit input also extends the fields it
 * shares with the create input. `name` only has to be unique: the class is never in the schema.
 */
export function EditOf<B extends InputClass>(Base: B, name: string) {
  @InputType(name)
  abstract class Edit extends Base {
    @Field(() => ID, MUTATION_ID)
    id!: string;

    @Field(() => Int, { description: 'The version read; a stale one gives CONFLICT' })
    @Min(1)
    version!: number;
  }
  return Edit;
}

/** A list's period: local dates (YYYY-MM-DD), both inclusive. */
@InputType()
export abstract class PeriodFilter {
  @Optional(() => String, 'From this local date (YYYY-MM-DD), inclusive')
  from?: string | null;

  @Optional(() => String, 'To this local date (YYYY-MM-DD), inclusive')
  to?: string | null;
}

/** The id and version of an edit whose fields share nothing with another input. */
@InputType('FieldsOfNoInput')
abstract class NoFields {}
export const EditInput = EditOf(NoFields, 'EditInput');
