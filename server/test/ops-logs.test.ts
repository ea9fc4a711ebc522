import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHILD, logLines, startServer } from './child-process.js';
import { DEMO_PASSWORD, freshDatabase } from './test-app.js';

// A whole journey against a child server with the demo bureau, then a grep of everything it
// logged: request ids and viewer ids are there, secrets and confidential texts are not.

let db: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  db = await freshDatabase();
});
afterAll(() => db?.drop());

const VISIT_SECRET = '其子近期涉赌欠债三万元（保密）';
const TALK_SECRET = '本人透露曾有轻生念头，需重点关注（保密谈话）';
const TALK_ASSESSMENT = '情绪低落，建议心理疏导（评估）';
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString();

describe('request logs', CHILD, () => {
  it('carry request and viewer ids and never a password, token, cookie or confidential text', async () => {
    const server = await startServer({ DATABASE_URL: db.url, DEMO_SEED: 'true' });
    let cookie = '';
    const requestIds: string[] = [];
    const gql = async (query: string, variables?: Record<string, unknown>, operationName?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables, operationName }),
      });
      requestIds.push(res.headers.get('x-request-id')!);
      const setCookie = res.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0];
      const body = (await res.json()) as { data?: any; errors?: unknown };
      expect(body.errors).toBeUndefined();
      return body.data;
    };

    const login = await gql(
      'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { id } }',
      { u: 'mentor', p: DEMO_PASSWORD },
      'Login',
    );
    const mentorId = Number(login.login.id);
    const token = decodeURIComponent(cookie.split('=')[1]);
    expect(token.length).toBeGreaterThan(10);

    const pairings = await gql('{ pairings(first: 100) { edges { node { id status mentee { id } } } } }');
    const active = pairings.pairings.edges.map((e: any) => e.node).find((p: any) => p.status === 'ACTIVE');
    const visit = await gql(
      'mutation LogVisit($input: LogVisitInput!) { logVisit(input: $input) { id confidentialNotes } }',
      {
        input: {
          pairingId: active.id,
          kind: 'HOME_VISIT',
          occurredAt: yesterday(),
          summary: '了解近况',
          confidentialNotes: VISIT_SECRET,
        },
      },
      'LogVisit',
    );
    expect(visit.logVisit.confidentialNotes).toBe(VISIT_SECRET);
    const talk = await gql(
      'mutation RecordTalk($input: RecordTalkInput!) { recordTalk(input: $input) { id assessment } }',
      {
        input: {
          talkeeId: active.mentee.id,
          kind: 'ROUTINE',
          occurredAt: yesterday(),
          topics: '近况',
          officerViews: TALK_SECRET,
          guidance: '按时复诊',
          assessment: TALK_ASSESSMENT,
          confidential: true,
        },
      },
      'RecordTalk',
    );
    expect(talk.recordTalk.assessment).toBe(TALK_ASSESSMENT);
    await gql(
      'query VisitAgain($id: ID!) { visit(id: $id) { confidentialNotes } }',
      { id: visit.logVisit.id },
      'VisitAgain',
    );
    await gql('mutation { logout }');

    server.process.kill('SIGTERM');
    expect((await server.exit).code).toBe(0);
    const log = server.stdout() + server.stderr();

    for (const secret of [DEMO_PASSWORD, token, cookie, VISIT_SECRET, TALK_SECRET, TALK_ASSESSMENT]) {
      expect(log).not.toContain(secret);
    }
    const requests = logLines(server.stdout()).filter((l) => l.msg === 'request completed');
    // One line per request, under the id the response carried.
    expect(requests.map((l) => l.reqId)).toEqual(expect.arrayContaining(requestIds));
    const byId = new Map(requests.map((l) => [l.reqId, l]));
    expect(byId.get(requestIds[0])).toMatchObject({ operation: 'Login', req: { method: 'POST', path: '/graphql' } });
    expect(byId.get(requestIds[0])).not.toHaveProperty('viewerId');
    for (const id of requestIds.slice(1, -1)) expect(byId.get(id)).toMatchObject({ viewerId: mentorId });
    expect(byId.get(requestIds[2])).toMatchObject({ operation: 'LogVisit', res: { statusCode: 200 } });
  });
});
