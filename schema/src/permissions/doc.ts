// Renders docs/permissions.md from the rules themselves: a representative viewer per role, each
// rule's conditions put into words. CI regenerates it and fails when the committed file differs,
// so the document cannot drift from the code.
import { ROLES, type Role } from '../enums.js';
import { rulesForRole, type Viewer } from './ability.js';
import { ACTIONS, RESTRICTED_FIELDS, SUBJECTS, type SubjectName } from './subjects.js';

// Distinct ids, so each condition value says which part of the viewer it came from.
const VIEWER: Viewer = {
  officerId: 1001,
  bureauId: 2001,
  branchId: 3001,
  roles: [],
  mentoredPairingIds: [4001, 4002],
  menteeIds: [5001, 5002],
  attendedForumIds: [6001, 6002],
};

type Rule = ReturnType<typeof rulesForRole>[number];

const sameIds = (value: unknown, ids: readonly number[]) =>
  typeof value === 'object' &&
  value !== null &&
  '$in' in value &&
  JSON.stringify((value as { $in: unknown }).$in) === JSON.stringify(ids);

const isNotSelf = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { $ne?: unknown }).$ne === VIEWER.officerId;

/** One condition key/value in words; throws on anything it cannot name, so new rules get a wording. */
function describeCondition(subject: string, key: string, value: unknown): string {
  const v = VIEWER;
  if (key === 'bureau' && value === v.bureauId) return 'own bureau';
  if (key === 'branch' && value === v.branchId) return 'own branch';
  if (key === 'id') {
    if (isNotSelf(value)) return 'not their own';
    if (subject === 'Bureau' && value === v.bureauId) return 'own bureau';
    if (subject === 'Branch' && value === v.branchId) return 'own branch';
    if (subject === 'Officer' && value === v.officerId) return 'self';
    if (subject === 'Officer' && sameIds(value, v.menteeIds)) return 'their mentees';
    if (subject === 'Pairing' && sameIds(value, v.mentoredPairingIds)) return 'pairs they mentor';
    if (subject === 'Forum' && sameIds(value, v.attendedForumIds ?? [])) return 'forums they attended';
  }
  if (key === 'pairing' && sameIds(value, v.mentoredPairingIds)) return 'on pairs they mentor';
  if ((key === 'mentee' || key === 'talkee') && sameIds(value, v.menteeIds)) return `${key} is one of their mentees`;
  if ((key === 'mentee' || key === 'talkee') && isNotSelf(value)) return 'not about themselves';
  if (value === v.officerId) {
    const words: Record<string, string> = {
      mentee: 'self as mentee',
      talkee: 'self as talkee',
      talker: 'held by them',
      author: 'written by them',
      owner: 'owned by them',
      createdBy: 'created by them',
      recipient: 'addressed to them',
      host: 'hosted by them',
      raisedBy: 'raised by them',
    };
    if (words[key]) return words[key];
  }
  if (key === 'ownerBranch' && value === v.branchId) return 'owned by own branch';
  if (key === 'confidential' && value === false) return 'non-confidential';
  if (key === 'confidential' && value === true) return 'of a confidential talk';
  if (key === 'status' && typeof value === 'string') return `when \`${value}\``;
  if (key === 'acknowledgedAt' && value === null) return 'until acknowledged';
  throw new Error(`No wording for the condition ${subject}.${key} = ${JSON.stringify(value)}`);
}

function describeRule(subject: SubjectName, rule: Rule): string {
  const conditions = Object.entries(rule.conditions ?? {}).map(([k, val]) => describeCondition(subject, k, val));
  let text = conditions.length ? conditions.join(', ') : 'all';
  if (rule.fields) {
    const allowed = new Set([rule.fields].flat());
    const hidden = (RESTRICTED_FIELDS[subject] ?? []).filter((f) => !allowed.has(f));
    text += `, without ${hidden.map((f) => `\`${f}\``).join(', ')}¹`;
  }
  return text;
}

/** The field lists of field-restricted rules, for the footnote. */
function fieldLists(): string[] {
  const lines: string[] = [];
  for (const role of ROLES) {
    for (const rule of rulesForRole(role, VIEWER)) {
      if (!rule.fields) continue;
      const fields = [rule.fields].flat().map((f) => `\`${f}\``);
      lines.push(
        `- ${role}, ${[rule.action].flat().join(', ')} ${[rule.subject].flat().join(', ')}: ${fields.join(', ')}`,
      );
    }
  }
  return lines;
}

/** Cell text: actions grouped by identical scope, e.g. "read, update — own branch". */
function cell(role: Role, subject: SubjectName): string {
  const rules = rulesForRole(role, VIEWER).filter((r) => !r.inverted && [r.subject].flat().includes(subject));
  if (rules.length === 0) return '—';
  const byScope = new Map<string, string[]>();
  for (const rule of rules) {
    const scope = describeRule(subject, rule);
    for (const action of [rule.action].flat()) {
      const list = byScope.get(scope) ?? [];
      if (!list.includes(action)) list.push(action);
      byScope.set(scope, list);
    }
  }
  const order = (a: string) => ACTIONS.indexOf(a as (typeof ACTIONS)[number]);
  return [...byScope]
    .map(([scope, actions]) => `${actions.sort((a, b) => order(a) - order(b)).join(', ')}: ${scope}`)
    .join('<br>');
}

export function renderPermissionsDoc(): string {
  const header = `| | ${ROLES.join(' | ')} |`;
  const rule = `|---|${ROLES.map(() => '---').join('|')}|`;
  const rows = SUBJECTS.map((s) => `| ${s} | ${ROLES.map((r) => cell(r, s)).join(' | ')} |`);
  return [
    '# Who may do what',
    '',
    '<!-- Generated from schema/src/permissions by `npm run permissions:docs`; `npm run permissions:check` fails in CI when this file is stale. Do not edit by hand. -->',
    '',
    'Deny by default: anything not listed is refused. Each cell lists the actions a role grants on a subject and the records they apply to.',
    'A person holding several roles has the sum of their abilities; every account is an OFFICER, and a current mentor of a pairing is a MENTOR.',
    'SYSADMIN and AUDITOR are held alone (三员分立): such an account is no OFFICER or MENTOR, and an account stored with one of them beside any',
    'other role gets no rights at all. An account that must change its one-time password holds no rules until it has.',
    'An unknown role is an error, not an empty set of rights.',
    '',
    'Wording: _own bureau_ / _own branch_ = the viewer’s; _pairs they mentor_ = pairings with an open mentor term of the viewer (a handed-over term grants nothing);',
    '_not about themselves_ = a record whose mentee or talkee is the viewer is read only through their OFFICER rights;',
    '_without `field`_ = the record is readable but those fields resolve to `null` (their content never leaves the server).',
    '',
    header,
    rule,
    ...rows,
    '',
    '¹ A field-restricted rule names what its viewer may read; every other field of the record, including one added later, resolves to `null` for them:',
    '',
    ...fieldLists(),
    '',
    'Enforced on the server only: lists are scoped in SQL (the rules become the WHERE clause), a record out of scope is `null` / `NOT_FOUND`,',
    'an action not allowed on a record in scope is `FORBIDDEN`, and one field middleware nulls the fields a rule leaves out. The portal loads the',
    'same rules (`me.abilityRules`) only to hide what the viewer cannot do. Reads of a confidential talk or of confidential visit notes, and',
    'every mutation, write an audit event the AUDITOR can list.',
    '',
  ].join('\n');
}
