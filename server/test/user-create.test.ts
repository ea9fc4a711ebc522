import { MikroORM } from '@mikro-orm/core';
import { ROLES } from '@tongxin/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAccountArgs, passwordProblem } from '../src/cli/user-create.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { createLogger } from '../src/common/http/logger.js';
import { applyMigrations } from '../src/db/database-status.js';
import { ormConfig } from '../src/db/orm-config.js';
import { AuditEvent } from '../src/modules/audit/audit-event.entity.js';
import { Officer } from '../src/modules/officers/officer.entity.js';
import { CHILD, runSource } from './child-process.js';
import { freshDatabase } from './test-app.js';

let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
  const orm = await MikroORM.init(ormConfig(loadConfig({ DATABASE_URL: db.url }).database));
  await applyMigrations(orm);
  await orm.close(true);
});
afterAll(() => db?.drop());

const PASSWORD = 'lang-shan-cha-ye-2026';
const userCreate = async (args: string[], stdin: string) => {
  const child = runSource('cli/user-create.cli.ts', { DATABASE_URL: db.url }, args);
  child.process.stdin!.end(stdin);
  const { code } = await child.exit;
  return { code, out: child.stdout(), err: child.stderr() };
};

describe('npm run user:create', CHILD, () => {
  it('creates the first account, its bureau and office branch; the password comes from stdin and logs in', async () => {
    const res = await userCreate(
      [
        '--username',
        'Li.Qiang',
        '--role',
        'COMMITTEE',
        '--name',
        '李强',
        '--badge',
        '110001',
        '--bureau-code',
        'YZ',
        '--bureau-name',
        '鄞州分局',
      ],
      `${PASSWORD}\n`,
    );
    expect(res).toMatchObject({ code: 0, err: '' });
    expect(res.out).toContain('Created account li.qiang (COMMITTEE) for 李强, badge 110001, in 鄞州分局 / 分局机关.');
    expect(res.out).not.toContain(PASSWORD);

    const app = await createApp(loadConfig({ DATABASE_URL: db.url, DEMO_SEED: 'false' }), {
      logger: createLogger('silent'),
    });
    try {
      const port = await app.listen(0, '127.0.0.1');
      const login = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `mutation { login(username: "li.qiang", password: "${PASSWORD}") { roles } }` }),
      });
      expect(await login.json()).toEqual({ data: { login: { roles: expect.arrayContaining(['COMMITTEE']) } } });
      const em = app.orm.em.fork();
      const officer = await em.findOneOrFail(Officer, { username: 'li.qiang' }, { populate: ['branch', 'bureau'] });
      expect(officer.branch.$.code).toBe('YZ-HQ');
      expect(await em.count(AuditEvent, { action: 'account.create', subjectId: String(officer.id) })).toBe(1);
    } finally {
      await app.close();
    }
  });

  it('a second account joins the existing bureau; a taken username is refused', async () => {
    const second = await userCreate(
      [
        '--username',
        'wang.fang',
        '--role',
        'SECRETARY',
        '--role',
        'MENTOR',
        '--name',
        '王芳',
        '--badge',
        '110002',
        '--branch-code',
        'YZ-S01',
        '--branch-name',
        '东胜派出所',
      ],
      `${PASSWORD}\n`,
    );
    expect(second.code).toBe(0);
    expect(second.out).toContain('(SECRETARY, MENTOR)');
    expect(second.out).toContain('鄞州分局 / 东胜派出所');
    const taken = await userCreate(
      ['--username', 'wang.fang', '--role', 'OFFICER', '--name', '王芳', '--badge', '110003'],
      `${PASSWORD}\n`,
    );
    expect(taken).toMatchObject({ code: 1, err: expect.stringContaining('username wang.fang is taken') });
  });

  it('refuses a short password, and a password on the command line', async () => {
    const args = ['--username', 'zhao.lei', '--role', 'OFFICER', '--name', '赵磊', '--badge', '110004'];
    const short = await userCreate(args, 'short-pass\n');
    expect(short).toMatchObject({ code: 1, err: expect.stringMatching(/at least 12 characters/i) });
    const inArgv = await userCreate([...args, '--password', PASSWORD], '');
    expect(inArgv.code).toBe(2);
    expect(inArgv.err).toContain("Unknown option '--password'");
  });

  it('refuses a role that does not exist', async () => {
    const res = await userCreate(
      ['--username', 'x.y', '--role', 'ROOT', '--name', '某某', '--badge', '110005'],
      `${PASSWORD}\n`,
    );
    expect(res).toMatchObject({ code: 2, err: expect.stringContaining('--role: unknown ROOT') });
  });
});

describe('user:create arguments', () => {
  it('accept every role of the contract, case-insensitively', () => {
    for (const role of ROLES) {
      const spec = parseAccountArgs(['--username', 'a.b', '--role', role.toLowerCase(), '--name', 'n', '--badge', '1']);
      expect(spec).toMatchObject({ roles: [role] });
    }
  });

  it('apply the accounts’ password rules', async () => {
    expect(await passwordProblem('correct-horse-battery', 'li')).toBeNull();
    expect(await passwordProblem('四个汉字不够十二个字', 'li')).toMatch(/12/);
    expect(await passwordProblem('li.qiang-2026-secret', 'li.qiang')).toMatch(/username/);
    expect(await passwordProblem('steady-harbor-100245', 'li', '100245')).toMatch(/badge/);
    expect(await passwordProblem('1qaz2wsx3edc', 'li')).toMatch(/common/);
    expect(await passwordProblem('tongxin-demo', 'a')).not.toBeNull();
  });

  it('refuses a sysadmin or auditor role beside another', () => {
    const args = (...roles: string[]) => [
      '--username',
      'a.b',
      ...roles.flatMap((r) => ['--role', r]),
      '--name',
      'n',
      '--badge',
      '1',
    ];
    expect(() => parseAccountArgs(args('SYSADMIN', 'COMMITTEE'))).toThrow(/held alone/);
    expect(() => parseAccountArgs(args('SYSADMIN', 'AUDITOR'))).toThrow(/held alone/);
    expect(parseAccountArgs(args('SYSADMIN'))).toMatchObject({ roles: ['SYSADMIN'] });
  });
});
