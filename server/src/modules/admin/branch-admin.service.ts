import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { assertCan, getReadableOrFail, requireViewer } from '../../common/authz.js';
import type { AppContext } from '../../common/context.js';
import { badInput } from '../../common/errors.js';
import { parseId, requiredText } from '../../common/parse.js';
import { inTransaction } from '../../common/transaction.js';
import { audit } from '../audit/audit.service.js';
import { Branch } from '../org/branch.entity.js';
import { Bureau } from '../org/bureau.entity.js';
import type { CreateBranchInput, RenameBranchInput } from './admin.inputs.js';

const codeTaken = (e: unknown) => {
  if (e instanceof UniqueConstraintViolationException) return badInput('code', 'BRANCH_CODE_TAKEN');
  return e;
};

/** A new branch of the sysadmin's bureau; the code is unique across bureaus. */
export async function createBranch(ctx: AppContext, input: CreateBranchInput): Promise<Branch> {
  const viewer = requireViewer(ctx);
  const name = requiredText('name', input.name, 100);
  const code = requiredText('code', input.code, 32).toUpperCase();
  assertCan(ctx, 'create', 'Branch', { __typename: 'Branch', bureau: viewer.bureauId });
  try {
    return await inTransaction(ctx, async (em) => {
      if (await em.count(Branch, { code })) throw badInput('code', 'BRANCH_CODE_TAKEN');
      const branch = em.create(Branch, {
        bureau: em.getReference(Bureau, viewer.bureauId),
        name,
        code,
        kind: input.kind,
      });
      await em.flush();
      audit(em, viewer, {
        action: 'createBranch',
        subjectType: 'Branch',
        subjectId: branch.id,
        detail: { before: null, after: { name, code, kind: input.kind } },
      });
      await em.flush();
      return branch;
    });
  } catch (e) {
    throw codeTaken(e);
  }
}

/** Renames a branch; its code, kind, officers and pairings stay. */
export async function renameBranch(ctx: AppContext, input: RenameBranchInput): Promise<Branch> {
  const viewer = requireViewer(ctx);
  const id = parseId('id', input.id);
  const name = requiredText('name', input.name, 100);
  return inTransaction(ctx, async (em) => {
    const branch = await getReadableOrFail(ctx, Branch, 'Branch', id, 'BRANCH_NOT_FOUND', em);
    assertCan(ctx, 'update', 'Branch', branch);
    if (branch.name === name) return branch;
    audit(em, viewer, {
      action: 'renameBranch',
      subjectType: 'Branch',
      subjectId: branch.id,
      detail: { before: { name: branch.name }, after: { name } },
    });
    branch.name = name;
    await em.flush();
    return branch;
  });
}
