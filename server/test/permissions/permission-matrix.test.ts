import { rulesForRole, type Viewer } from '@tongxin/schema';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity.js';
import { buildAppSchema } from '../../src/schema.js';
import { type GqlResult, initTestApp, type TestApp, type TestClient } from '../test-app.js';
import { refusal } from '../expect.js';
import { buildFixture, Fresh, type Fixture } from './fixture.js';
import { loginAll, snapshot, type User } from './harness.js';
import { DOCS, Inputs } from './inputs.js';
import {
  ACCOUNT,
  type Call,
  DESIGN_GRANTS,
  PENDING,
  PROBES,
  type ProbeContext,
  type Role,
  type Scope,
} from './matrix.probes.js';

// The permission matrix over HTTP: for every role, every (action, subject) the rules know, one
// case in the role's scope and one out of it. In scope the answer follows DESIGN.md's table
// (allowed or denied); out of scope it is always denied. A denied mutation writes nothing; an
// allowed one writes its audit event. Every mutation in the schema must succeed somewhere here.

const ROLES: Role[] = ['COMMITTEE', 'SECRETARY', 'MENTOR', 'OFFICER', 'SYSADMIN', 'AUDITOR'];

let t: TestApp;
let fx: Fixture;
let schema: GraphQLSchema;
let clients: Map<User, TestClient>;
let ctx: ProbeContext;
const succeeded = new Set<string>();

beforeAll(async () => {
  t = await initTestApp();
  fx = await buildFixture(t);
  schema = await buildAppSchema();
  clients = await loginAll(t);
  ctx = {
    fx,
    i: new Inputs(
      () => t.app.orm.em.fork(),
      () => t.clock.now(),
    ),
    fresh: new Fresh(t),
  };
});
afterAll(() => t?.close());

const accountId = (role: Role) =>
  ({
    COMMITTEE: fx.committee,
    SECRETARY: fx.a.secretary,
    MENTOR: fx.a.mentor,
    OFFICER: fx.a.officer,
    SYSADMIN: fx.admin,
    AUDITOR: fx.auditor,
  })[role].id;

const writesBy = (actorId: number) =>
  t.app.orm.em.fork().count(AuditEvent, { actor: actorId, $not: { action: { $like: 'read:%' } } });

function outcome(call: Call, res: GqlResult): 'allowed' | 'denied' | string {
  const { code } = refusal(res);
  if (call.check.kind === 'mutation') {
    if (!res.errors && res.data) return 'allowed';
    return code === 'FORBIDDEN' || code === 'NOT_FOUND' ? 'denied' : `unexpected ${code}: ${res.errors?.[0]?.message}`;
  }
  if (call.check.kind === 'byId') {
    if (res.errors) return code === 'FORBIDDEN' || code === 'NOT_FOUND' ? 'denied' : `unexpected ${code}`;
    return res.data?.[call.check.field] == null ? 'denied' : 'allowed';
  }
  if (res.errors) return `unexpected ${code}`;
  return call.check.ids(res.data).includes(String(call.check.id)) ? 'allowed' : 'denied';
}

describe('permission matrix', () => {
  it('holds the rules to DESIGN.md’s table, role by role', () => {
    const viewer: Viewer = {
      officerId: 1,
      bureauId: 1,
      branchId: 1,
      roles: [],
      mentoredPairingIds: [1],
      menteeIds: [2],
    };
    for (const role of ROLES) {
      const granted = new Set<string>();
      for (const rule of rulesForRole(role, viewer)) {
        for (const action of [rule.action].flat()) {
          for (const subject of [rule.subject].flat()) granted.add(`${action} ${String(subject)}`);
        }
      }
      expect([...granted].sort(), role).toEqual([...DESIGN_GRANTS[role]].sort());
    }
  });

  it('has a probe for every (action, subject) of the rules, or a reason there is none yet', () => {
    const all = new Set(Object.values(DESIGN_GRANTS).flat());
    const missing = [...all].filter((k) => !PROBES[k] && !PENDING[k]);
    expect(missing).toEqual([]);
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    for (const [key, pattern] of Object.entries(PENDING)) {
      // Once an operation for it exists, it needs a probe.
      expect(
        mutations.filter((m) => pattern.test(m)),
        `${key} has an operation now: write its probe`,
      ).toEqual([]);
    }
  });

  for (const role of ROLES) {
    it(`${role}: in scope as DESIGN.md says, out of scope never`, async () => {
      const user = ACCOUNT[role];
      const c = clients.get(user)!;
      const wrong: string[] = [];
      for (const [key, probe] of Object.entries(PROBES)) {
        for (const scope of ['in', 'out'] as Scope[]) {
          const expected = scope === 'in' && DESIGN_GRANTS[role].includes(key) ? 'allowed' : 'denied';
          const call = await probe(role, scope, ctx);
          const isMutation = call.check.kind === 'mutation';
          const before = isMutation ? await snapshot(t) : '';
          const writes = isMutation ? await writesBy(accountId(role)) : 0;
          const res = await c.gql(call.doc, call.vars);
          const got = outcome(call, res);
          if (got !== expected) wrong.push(`${role} ${key} (${scope} of scope): expected ${expected}, got ${got}`);
          if (isMutation && got === 'denied' && (await snapshot(t)) !== before) {
            wrong.push(`${role} ${key} (${scope}): denied but something was written`);
          }
          if (isMutation && got === 'allowed') {
            succeeded.add(Object.keys(res.data ?? {})[0]);
            if ((await writesBy(accountId(role))) <= writes)
              wrong.push(`${role} ${key}: no audit event for the mutation`);
          }
        }
      }
      expect(wrong).toEqual([]);
    }, 300_000);
  }

  it('writes an audit event for login and logout too, so every mutation of the schema is covered', async () => {
    const id = fx.a.officer.id;
    const before = await writesBy(id);
    const c = await t.login('officer');
    expect((await c.gql('mutation { logout }')).data?.logout).toBe(true);
    expect(await writesBy(id)).toBe(before + 2);
    succeeded.add('login').add('logout');
    // The account mutations no probe makes succeed: unlocking, roles, and one's own password.
    const admin = clients.get('admin')!;
    const target = await ctx.fresh.account(fx.b);
    const vars = { id: String(target.id) };
    for (const [name, doc, v] of [
      ['disableAccount', DOCS.disableAccount, vars],
      ['enableAccount', DOCS.enableAccount, vars],
      ['setAccountRoles', DOCS.setAccountRoles, { input: { officerId: vars.id, roles: ['SECRETARY'] } }],
    ] as const) {
      const res = await admin.gql(doc, v);
      expect(res.errors, name).toBeUndefined();
      succeeded.add(name);
    }
    const officer2 = await t.login('officer2');
    const changed = await officer2.gql(DOCS.changePassword, { c: 'tongxin-demo', n: 'qing-shan-lv-shui-2026' });
    expect(changed.errors).toBeUndefined();
    succeeded.add('changePassword');
    // The forum and problem steps no probe makes succeed, each as the branch's secretary.
    const secretary = clients.get('secretary')!;
    const forum = await ctx.fresh.forum(fx.a, fx.a.secretary.id, { attendeeIds: [fx.a.officer.id] });
    const problem = () => ctx.fresh.problem(fx.a);
    const closed = await problem();
    await secretary.gql(DOCS.closeProblem, ctx.i.closeProblem(closed.id));
    for (const [name, doc, v] of [
      [
        'markForumAttendance',
        DOCS.markForumAttendance,
        { input: { forumId: String(forum.id), officerId: String(fx.a.officer.id), present: false } },
      ],
      ['fixOnTheSpot', DOCS.fixOnTheSpot, { input: { id: String((await problem()).id) } }],
      ['declineProblem', DOCS.declineProblem, { input: { id: String((await problem()).id), reason: '不予采纳' } }],
      [
        'logProblemFollowUp',
        DOCS.logProblemFollowUp,
        {
          input: {
            problemId: String(closed.id),
            kind: 'PHONE',
            occurredAt: t.clock.now().toISOString(),
            note: '电话回访',
          },
        },
      ],
    ] as const) {
      const res = await secretary.gql(doc, v);
      expect(res.errors, name).toBeUndefined();
      succeeded.add(name);
    }
    const mutations = Object.keys(schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => !succeeded.has(m))).toEqual([]);
  });
});
