import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Branch } from '../org/branch.entity.js';
import { Officer } from './officer.entity.js';

@Resolver(() => Officer)
export class OfficerFieldsResolver {
  @FieldResolver(() => Branch)
  branch(@Root() officer: Officer): Promise<Branch> {
    return officer.branch.load({ dataloader: true }) as Promise<Branch>;
  }
}
