import { type ProvinceSize, SHAPE } from './province-size.js';

/**
 * The province's pairings and what hangs below them, as INSERT … SELECT statements over a
 * temporary plan table (one row per pairing with its computed people and dates). Pairing j of
 * branch b (j = 0..19) helps the officer in slot 16 + j; its lead mentor sits in slot
 * 1 + j mod 15 and its 0–2 supporting mentors five and ten slots further. j < 14 are ACTIVE,
 * 14–15 IN_REVIEW, 16–17 CONCLUDED, 18 ESCALATED, 19 CANCELLED: every mentee has at most one
 * live pairing (the partial unique index). Contacts fall every 12 days, visits and talks
 * alternating, the last visit 0–44 days before the day of generation: about a third of the
 * pairings are overdue. Dates follow the day of generation, so the shape is the same on any day.
 */
const STATUS = `(array['ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE','ACTIVE',
  'ACTIVE','ACTIVE','ACTIVE','ACTIVE','IN_REVIEW','IN_REVIEW','CONCLUDED','CONCLUDED','ESCALATED','CANCELLED'])`;
const REASONS = `(array['DISCIPLINED','EARLY_WARNING','PERFORMANCE','HARDSHIP','WELLBEING','OTHER'])`;
const VISIT_KINDS = `(array['HOME_VISIT','INDIVIDUAL_TALK','HOME_VISIT','FOLLOW_UP','FORUM'])`;
const TALK_KINDS = `(array['ROUTINE','CARE','REMINDER','FOLLOW_UP','AFTER_DISCIPLINE'])`;
const SUMMARIES = `(array['利用休息时间上门家访，与本人及家属拉家常、谈思想，了解八小时以外生活情况。',
  '结合教育整顿学习内容开展个别谈话，引导其对照查摆自身问题，明确下一步努力方向。',
  '回访了解整改事项落实情况，本人思想稳定，工作状态有所好转。',
  '陪同参加支部组织生活会，听取其对支部工作的意见建议。',
  '了解家庭困难解决进展，转达组织关怀，鼓励其安心工作。'])`;
const TOPICS = `(array['近期思想动态和工作打算','家庭困难解决进展','处分影响期内的表现','八小时以外社交情况','绩效改进计划落实情况'])`;
const ITEMS = `(array['每月向帮教责任人提交一份思想汇报','按时参加支部"三会一课"','规范八小时以外社交活动',
  '完成业务技能培训并通过考核','向支部书记反映其思想动态'])`;
const WORDS = '帮扶期间帮教责任人采取上门走访、个别谈话等方式开展帮扶，本人思想稳定，工作状态恢复正常。';

export function recordStatements(size: ProvinceSize, base: string): string[] {
  const bpb = size.branchesPerBureau;
  const per = SHAPE.officersPerBranch;
  const ppb = SHAPE.pairingsPerBranch;
  const pairings = size.bureaus * bpb * ppb;
  const every = SHAPE.visitEveryDays;
  const visits = SHAPE.visitsPerPairing;
  const day = (n: string) => `(${n}) * interval '1 day'`;
  const ymd = (ts: string) => `to_char((${ts}) at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`;
  return [
    `create temporary table bench_plan on commit drop as
     select p.*, ${STATUS}[1 + p.j] as status,
       (p.b - 1) * ${per} + ${SHAPE.firstMentee} + p.j + 1 as mentee,
       (p.b - 1) * ${per} + 1 as secretary,
       ((p.bureau - 1) * ${bpb}) * ${per} + 100 as reviewer,
       1 + (p.id * 7) % 3 as m,
       ${base} - ${day('(p.id * 13) % 45')} - interval '14 hours' as last_visit,
       ${base} - ${day(`(p.id * 13) % 45 + ${(visits - 1) * every + 8}`)} as started
     from (select i as id, (i - 1) / ${ppb} + 1 as b, (i - 1) % ${ppb} as j,
             ((i - 1) / ${ppb}) / ${bpb} + 1 as bureau
           from generate_series(1, ${pairings}) i) p`,

    `insert into pairing (id, created_at, updated_at, bureau_id, branch_id, mentee_id, status, reason, goals,
       start_date, planned_end_date, contact_interval_days, risk_notes, last_contact_at, next_contact_due,
       review_summary, submitted_at, cancel_reason, created_by_id, version, attention)
     select id, started, started, bureau, b, mentee, status, ${REASONS}[1 + id % 6],
       '纠正工作作风散漫等苗头，规范八小时以外社交活动；帮扶期内不发生新的违纪违法问题。',
       ${ymd('started')}, ${ymd(`started + interval '365 days'`)}, ${SHAPE.contactIntervalDays},
       case when id % 2 = 0 then '近三个月考勤异常，多次值班期间脱岗。' end,
       last_visit, last_visit + ${day(String(SHAPE.contactIntervalDays))},
       case when status in ('IN_REVIEW','CONCLUDED','ESCALATED') then '${WORDS}' end,
       case when status in ('IN_REVIEW','CONCLUDED','ESCALATED') then last_visit - interval '3 days' end,
       case when status = 'CANCELLED' then '本人调离，帮扶终止。' end,
       secretary, 1, null
     from bench_plan`,

    `insert into pairing_mentor (id, created_at, updated_at, pairing_id, officer_id, role, started_at, ended_at)
     select (p.id - 1) * 3 + r + 1, p.started, p.started, p.id,
       (p.b - 1) * ${per} + 1 + (p.j + r * 5) % ${SHAPE.mentorsPerBranch} + 1,
       case when r = 0 then 'LEAD' else 'SUPPORT' end, p.started, null
     from bench_plan p cross join generate_series(0, 2) r where r < p.m`,

    `insert into pairing_event (id, created_at, updated_at, pairing_id, type, from_status, to_status, note, actor_id,
       occurred_at)
     select (p.id - 1) * 3 + e + 1, t, t, p.id,
       (array['created','submitted','reviewed','cancelled'])[1 + e + case when p.status = 'CANCELLED' then 2 else 0 end],
       case e when 1 then 'ACTIVE' when 2 then 'IN_REVIEW' end,
       case when e = 0 then 'ACTIVE' when p.status = 'CANCELLED' then 'CANCELLED' when e = 1 then 'IN_REVIEW'
         else p.status end,
       '确定帮教责任人，采取"1+X"方式结对帮扶。', case when e = 2 then p.reviewer else p.secretary end, t
     from bench_plan p cross join generate_series(0, 2) e
     cross join lateral (select case when e = 0 then p.started else p.last_visit - interval '3 days'
       + ${day('e - 1')} end as t) at
     where e = 0 or (e = 1 and p.status <> 'ACTIVE') or (e = 2 and p.status in ('CONCLUDED','ESCALATED'))`,

    `insert into visit (id, created_at, updated_at, pairing_id, bureau_id, branch_id, mentee_id, author_id, kind,
       occurred_at, location, participants, participant_mentor_ids, summary, observations, confidential_notes,
       next_visit_due, acknowledged_at, acknowledgment_comment, version, client_key)
     select (p.id - 1) * ${visits} + v + 1, at.t + interval '2 hours',
       case when v < ${visits - 1} then at.t + interval '1 day' else at.t + interval '2 hours' end,
       p.id, p.bureau, p.b, p.mentee, pm.officer_id, ${VISIT_KINDS}[1 + v % 5], at.t,
       '本人家中', case when v % 3 = 0 then '社区网格员' end, jsonb_build_array(pm.officer_id),
       ${SUMMARIES}[1 + (p.id + v) % 5], '家属对组织的关心表示感谢，家庭关系和睦。',
       case when v % 7 = 0 then '谈话中本人情绪激动，对所领导有意见。' end,
       ${ymd(`at.t + interval '${SHAPE.contactIntervalDays} days'`)},
       case when v < ${visits - 1} then at.t + interval '1 day' end,
       case when v < ${visits - 1} and v % 4 = 0 then '情况属实，感谢组织关心。' end, 1, null
     from bench_plan p cross join generate_series(0, ${visits - 1}) v
     join pairing_mentor pm on pm.id = (p.id - 1) * 3 + v % p.m + 1
     cross join lateral (select p.last_visit - ${day(`(${visits - 1} - v) * ${every}`)} as t) at`,

    `insert into talk (id, created_at, updated_at, bureau_id, branch_id, talker_id, talkee_id, pairing_id, kind,
       occurred_at, topics, officer_views, problems_raised, guidance, assessment, confidential, version, client_key)
     select (p.id - 1) * ${SHAPE.talksPerPairing} + t + 1, at.ts + interval '1 hour', at.ts + interval '1 hour',
       p.bureau, p.b, case when t % 3 = 0 then p.secretary else pm.officer_id end, p.mentee, p.id,
       ${TALK_KINDS}[1 + t % 5], at.ts, ${TOPICS}[1 + (p.id + t) % 5], '表示接受组织处理，愿意改正。',
       case when t % 2 = 0 then '担心处分影响今后晋升。' end, '鼓励其打消顾虑、放下包袱、轻装上阵。',
       '能够正确对待，表现出较强的改正意愿。', t % 10 = 0, 1, null
     from bench_plan p cross join generate_series(0, ${SHAPE.talksPerPairing - 1}) t
     join pairing_mentor pm on pm.id = (p.id - 1) * 3 + t % p.m + 1
     cross join lateral (select p.last_visit - ${day(`(${SHAPE.talksPerPairing - 1} - t) * ${every} + ${every / 2}`)}
       - interval '7 hours' as ts) at`,

    // Ten items from visits 4, 6, …, 22: the last three still open, one dropped, the rest done.
    `insert into action_item (id, created_at, updated_at, bureau_id, branch_id, pairing_id, visit_id, talk_id,
       owner_id, created_by_id, description, due_date, status, note, closed_at, version, confidential)
     select (v.pairing_id - 1) * ${SHAPE.itemsPerPairing} + i + 1, v.created_at,
       case when i >= 7 then v.created_at else v.occurred_at + interval '10 days' end,
       v.bureau_id, v.branch_id, v.pairing_id, v.id, null,
       case when i % 3 = 2 then v.author_id else v.mentee_id end, v.author_id, ${ITEMS}[1 + (v.pairing_id + i) % 5],
       ${ymd(`v.occurred_at + interval '14 days'`)},
       case when i >= 7 then 'OPEN' when i = 3 then 'DROPPED' else 'DONE' end,
       case when i < 7 then '已按要求落实。' end,
       case when i < 7 then v.occurred_at + interval '10 days' end, 1, false
     from bench_plan p cross join generate_series(0, ${SHAPE.itemsPerPairing - 1}) i
     join visit v on v.id = (p.id - 1) * ${visits} + 2 * i + 5`,

    `insert into outcome_review (id, created_at, updated_at, pairing_id, bureau_id, branch_id, mentee_id,
       reviewer_id, rating, decision, comments, new_planned_end_date, submission_summary)
     select p.id, at.t, at.t, p.id, p.bureau, p.b, p.mentee, p.reviewer,
       (array['SIGNIFICANT_IMPROVEMENT','IMPROVED','NO_CHANGE','WORSENED'])[1 + p.id % 4],
       case p.status when 'CONCLUDED' then 'CONCLUDE' when 'ESCALATED' then 'ESCALATE' else 'EXTEND' end,
       '同意。支部要继续关心关爱，在职级晋升、评先评优等方面一视同仁。',
       case when p.status not in ('CONCLUDED','ESCALATED') then ${ymd(`p.started + interval '365 days'`)} end,
       '${WORDS}'
     from bench_plan p
     cross join lateral (select case when p.status in ('CONCLUDED','ESCALATED') then p.last_visit - interval '2 days'
       else p.started + interval '120 days' end as t) at`,
  ];
}
