import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * The floor's SQL: for a portal document that lists pairings, one hand-written PostgreSQL
 * statement that builds the whole response with json_build_object and json_agg. The expressions
 * per field are written here by hand; the document only decides which of them go into the
 * statement, so the floor returns exactly the fields the portal asks for and follows the portal
 * when it changes. A field the catalogue lacks stops the run: the floor must not do less work
 * than the server without anyone noticing.
 *
 * $1 is the viewer's officer id; `scope` is the viewer's rule for pairings as SQL on `p`.
 */
interface Sel {
  name: string;
  key: string;
  args: Record<string, unknown>;
  children: Sel[];
}

type Build = (sel: Sel, at: string) => string;

const iso = (col: string) => `to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const TODAY = `to_char(now() at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;

const object = (type: string, catalogue: Record<string, Build>, sel: Sel, at: string): string => {
  const pairs = sel.children.map((c) => {
    const build = catalogue[c.name];
    if (!build) throw new Error(`the floor has no SQL for ${type}.${c.name}: add it to floor-sql.ts`);
    return `'${c.key}', ${build(c, at)}`;
  });
  return `json_build_object(${pairs.join(', ')})`;
};

const one = (table: string, alias: string, build: (s: Sel, a: string) => string) => (idCol: string) => (s: Sel) =>
  `(select ${build(s, alias)} from ${table} ${alias} where ${alias}.id = ${idCol})`;

const OFFICER: Record<string, Build> = {
  id: (_, o) => `${o}.id::text`,
  name: (_, o) => `${o}.name`,
  badgeNumber: (_, o) => `${o}.badge_number`,
  position: (_, o) => `${o}.position`,
};
const BRANCH: Record<string, Build> = { id: (_, b) => `${b}.id::text`, name: (_, b) => `${b}.name` };
const officer = (col: string, depth: number) =>
  one('officer', `o${depth}`, (s, a) => object('Officer', OFFICER, s, a))(col);
const branch = (col: string, depth: number) =>
  one('branch', `b${depth}`, (s, a) => object('Branch', BRANCH, s, a))(col);

const ACTION_ITEM: Record<string, Build> = {
  id: (_, a) => `${a}.id::text`,
  description: (_, a) => `${a}.description`,
  dueDate: (_, a) => `${a}.due_date`,
  status: (_, a) => `${a}.status`,
  overdue: (_, a) => `(${a}.status = 'OPEN' and ${a}.due_date < ${TODAY})`,
  note: (_, a) => `${a}.note`,
  version: (_, a) => `${a}.version`,
  confidential: (_, a) => `${a}.confidential`,
  owner: (s, a) => officer(`${a}.owner_id`, 3)(s),
  branch: (s, a) => branch(`${a}.branch_id`, 3)(s),
  pairing: (s, a) => {
    if (s.children.some((c) => c.name !== 'id'))
      throw new Error('the floor has SQL for ActionItem.pairing { id } only');
    return `json_build_object(${s.children.map((c) => `'${c.key}', ${a}.pairing_id::text`).join(', ')})`;
  },
};

const VISIT: Record<string, Build> = {
  id: (_, v) => `${v}.id::text`,
  kind: (_, v) => `${v}.kind`,
  occurredAt: (_, v) => iso(`${v}.occurred_at`),
  summary: (_, v) => `${v}.summary`,
  location: (_, v) => `${v}.location`,
  acknowledgedAt: (_, v) => iso(`${v}.acknowledged_at`),
  author: (s, v) => officer(`${v}.author_id`, 3)(s),
};

const MENTOR_TERM: Record<string, Build> = {
  role: (_, m) => `${m}.role`,
  startedAt: (_, m) => iso(`${m}.started_at`),
  officer: (s, m) => officer(`${m}.officer_id`, 2)(s),
};

const list = (from: string, order: string, build: string) =>
  `(select coalesce(json_agg(${build} order by ${order}), '[]'::json) from ${from})`;

const PAIRING: Record<string, Build> = {
  id: (_, p) => `${p}.id::text`,
  status: (_, p) => `${p}.status`,
  reason: (_, p) => `${p}.reason`,
  goals: (_, p) => `${p}.goals`,
  riskNotes: (_, p) => `${p}.risk_notes`,
  attention: (_, p) => `${p}.attention`,
  version: (_, p) => `${p}.version`,
  contactIntervalDays: (_, p) => `${p}.contact_interval_days`,
  startDate: (_, p) => `${p}.start_date`,
  plannedEndDate: (_, p) => `${p}.planned_end_date`,
  lastContactAt: (_, p) => iso(`${p}.last_contact_at`),
  nextContactDue: (_, p) => `case when ${p}.status in ('ACTIVE', 'IN_REVIEW') then ${iso(`${p}.next_contact_due`)} end`,
  overdue: (_, p) => `(${p}.status = 'ACTIVE' and ${p}.next_contact_due < now())`,
  pairingType: (_, p) =>
    `case when (select count(*) from pairing_mentor t where t.pairing_id = ${p}.id and t.ended_at is null) > 1
      then 'ONE_PLUS_X' else 'ONE_PLUS_ONE' end`,
  mentee: (s, p) => officer(`${p}.mentee_id`, 1)(s),
  branch: (s, p) => branch(`${p}.branch_id`, 1)(s),
  leadMentor: (s, p) =>
    `(select ${object('Officer', OFFICER, s, 'ol')} from pairing_mentor t join officer ol on ol.id = t.officer_id
      where t.pairing_id = ${p}.id and t.ended_at is null and t.role = 'LEAD' limit 1)`,
  mentors: (s, p) =>
    list(
      `pairing_mentor m where m.pairing_id = ${p}.id and m.ended_at is null`,
      `m.role <> 'LEAD', m.started_at, m.id`,
      object('PairingMentor', MENTOR_TERM, s, 'm'),
    ),
  actionItems: (s, p) =>
    list(
      `action_item a where a.pairing_id = ${p}.id${s.args.status ? ` and a.status = '${String(s.args.status)}'` : ''}`,
      'a.due_date, a.id',
      object('ActionItem', ACTION_ITEM, s, 'a'),
    ),
  visits: (s, p) =>
    list(
      `(select * from visit v where v.pairing_id = ${p}.id order by v.occurred_at desc, v.id desc${
        s.args.first != null ? ` limit ${Number(s.args.first)}` : ''
      }) v`,
      'v.occurred_at desc, v.id desc',
      object('Visit', VISIT, s, 'v'),
    ),
};

/** The selections of a set with fragment spreads and inline fragments flattened. */
function selections(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>): Sel[] {
  const out: Sel[] = [];
  for (const s of set.selections) {
    if (s.kind === Kind.FRAGMENT_SPREAD) out.push(...selections(fragments.get(s.name.value)!.selectionSet, fragments));
    else if (s.kind === Kind.INLINE_FRAGMENT) out.push(...selections(s.selectionSet, fragments));
    else if (s.name.value !== '__typename') out.push(field(s, fragments));
  }
  // A field asked for twice (by the page and by a fragment) is one key of the response.
  return [...new Map(out.map((s) => [s.key, s])).values()];
}

function field(f: FieldNode, fragments: Map<string, FragmentDefinitionNode>): Sel {
  const args: Record<string, unknown> = {};
  for (const a of f.arguments ?? []) args[a.name.value] = literal(a.value);
  return {
    name: f.name.value,
    key: f.alias?.value ?? f.name.value,
    args,
    children: f.selectionSet ? selections(f.selectionSet, fragments) : [],
  };
}

const literal = (v: ValueNode): unknown =>
  v.kind === Kind.INT ? Number(v.value) : v.kind === Kind.ENUM || v.kind === Kind.STRING ? v.value : undefined;

export interface FloorQuery {
  /** The viewer's pairings as SQL on `p` ($1 = the viewer's officer id), filter included. */
  where: string;
  /** ORDER BY on `p`, ending with the id (the server's tie-break). */
  orderBy: string;
  /** The page size when the document passes it as a variable (a literal in the document wins). */
  first: number;
}

/** The one statement answering the document's `pairings` connection; its row's `data` is the JSON text. */
export function floorSql(doc: DocumentNode, q: FloorQuery): string {
  const fragments = new Map(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const [root, ...more] = selections(op.selectionSet, fragments);
  if (root?.name !== 'pairings' || more.length) throw new Error('the floor answers documents of one pairings list');
  q = { ...q, first: typeof root.args.first === 'number' ? root.args.first : q.first };
  const conn = root.children.map((c) => {
    if (c.name === 'totalCount') return `'${c.key}', (select count(*) from scoped)`;
    if (c.name === 'pageInfo') {
      const info = c.children.map((i) =>
        i.name === 'hasNextPage'
          ? `'${i.key}', (select count(*) from page) > ${q.first}`
          : `'${i.key}', (select encode(convert_to(json_build_array(p.id)::text, 'UTF8'), 'base64') from
              (select * from page p order by ${q.orderBy} limit ${q.first}) p order by ${reverse(q.orderBy)} limit 1)`,
      );
      return `'${c.key}', json_build_object(${info.join(', ')})`;
    }
    if (c.name !== 'edges') throw new Error(`the floor has no SQL for connection field ${c.name}`);
    const edge = c.children.map((e) =>
      e.name === 'cursor'
        ? `'${e.key}', encode(convert_to(json_build_array(p.id)::text, 'UTF8'), 'base64')`
        : `'${e.key}', ${object('Pairing', PAIRING, e, 'p')}`,
    );
    return `'${c.key}', ${list(
      `(select * from page p order by ${q.orderBy} limit ${q.first}) p`,
      q.orderBy,
      `json_build_object(${edge.join(', ')})`,
    )}`;
  });
  return `with scoped as (select p.* from pairing p where ${q.where}),
    page as (select * from scoped p order by ${q.orderBy} limit ${q.first + 1})
    select json_build_object('${root.key}', json_build_object(${conn.join(', ')}))::text as data`;
}

const reverse = (order: string) =>
  order
    .split(',')
    .map((o) => (/ desc$/.test(o.trim()) ? o.replace(/ desc$/, ' asc') : `${o.trim().replace(/ asc$/, '')} desc`))
    .join(', ');
