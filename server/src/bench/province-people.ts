import { Role } from '@tongxin/schema';
import { nameInitials } from '../db/seeders/names.js';
import { type ProvinceSize, SHAPE } from './province-size.js';

/**
 * The province's bureaus, branches and officers as INSERT … SELECT generate_series statements.
 * Ids are computed, not drawn: officer (branch b, slot k) is (b − 1) × 100 + k + 1, so the records
 * below can name their people without looking them up, and every run writes the same rows.
 *
 * Slots of a branch: 0 the secretary (account `b-sec-<branch>`), 1..15 mentors (accounts
 * `b-mentor-<officer>`), 16..35 the mentees of the branch's 20 pairings, 99 a committee member
 * (account `b-committee-<officer>`) in the first three branches of each bureau, the rest officers.
 */
const SURNAMES = [...'王陈张李周徐胡林杨吴刘孙朱俞应郑黄赵沈何叶金邬竺虞钱蒋丁毛马高罗梁谢宋唐许韩冯邵'];
const GIVEN = [...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙洋峰建国东海文亮晨丽敏静燕芳婷'];

const list = (xs: string[]) => `array[${xs.map((x) => `'${x}'`).join(',')}]`;

/** SQL text arrays of the name characters and their pinyin initials (surnames read as surnames). */
const NAMES = {
  surnames: list(SURNAMES),
  surnameInitials: list(SURNAMES.map((s) => nameInitials(s))),
  given: list(GIVEN),
  givenInitials: list(GIVEN.map((g) => nameInitials(`王${g}`).slice(1))),
};

export const ACCOUNT_PREFIX = { secretary: 'b-sec-', mentor: 'b-mentor-', committee: 'b-committee-' } as const;

/** The statements, in order; `at` is the SQL timestamp the rows were created at. */
export function peopleStatements(size: ProvinceSize, at: string, passwordHash: string): string[] {
  const branches = size.bureaus * size.branchesPerBureau;
  const per = SHAPE.officersPerBranch;
  const hash = passwordHash.replace(/'/g, "''");
  const s = SURNAMES.length;
  const g = GIVEN.length;
  return [
    `insert into bureau (id, created_at, updated_at, name, code)
     select i, ${at}, ${at}, '测试省第' || lpad(i::text, 2, '0') || '分局', 'P' || lpad(i::text, 2, '0')
     from generate_series(1, ${size.bureaus}) i`,

    `insert into branch (id, created_at, updated_at, bureau_id, name, code, kind)
     select i, ${at}, ${at}, (i - 1) / ${size.branchesPerBureau} + 1,
       case when (i - 1) % ${size.branchesPerBureau} < 24
         then '第' || lpad(i::text, 4, '0') || '派出所' else '第' || lpad(i::text, 4, '0') || '警务处室' end,
       'P' || lpad(((i - 1) / ${size.branchesPerBureau} + 1)::text, 2, '0') || '-' || lpad(i::text, 4, '0'),
       case when (i - 1) % ${size.branchesPerBureau} < 24 then 'STATION' else 'DEPARTMENT' end
     from generate_series(1, ${branches}) i`,

    // A name is a surname and one or two given characters chosen by multiplicative hashing of the id.
    `insert into officer (id, created_at, updated_at, bureau_id, branch_id, name, name_initials, badge_number,
       category, position, phone, flagged_reason, disabled, is_mentor, username, password_hash, roles, version,
       account_disabled, must_change_password)
     select o.id, ${at}, ${at}, (o.b - 1) / ${size.branchesPerBureau} + 1, o.b,
       (${NAMES.surnames})[1 + (o.id * 7) % ${s}] || (${NAMES.given})[1 + (o.id * 11) % ${g}]
         || case when o.id % 3 > 0 then (${NAMES.given})[1 + (o.id * 13) % ${g}] else '' end,
       (${NAMES.surnameInitials})[1 + (o.id * 7) % ${s}] || (${NAMES.givenInitials})[1 + (o.id * 11) % ${g}]
         || case when o.id % 3 > 0 then (${NAMES.givenInitials})[1 + (o.id * 13) % ${g}] else '' end,
       (3000000 + o.id)::text,
       case when o.k <= ${SHAPE.mentorsPerBranch} or o.k = 99 or o.id % 3 > 0 then 'POLICE' else 'AUXILIARY' end,
       case when o.k = 0 then '教导员' when o.k <= ${SHAPE.mentorsPerBranch} then '社区民警'
         when o.k = 99 then '党委委员' else '民警' end,
       case when o.id % 4 > 0 then '139' || lpad(o.id::text, 8, '0') end,
       case when o.mentee then (array['DISCIPLINED','EARLY_WARNING','PERFORMANCE','HARDSHIP','WELLBEING','OTHER'])
         [1 + o.pairing % 6] end,
       false, o.k between 1 and ${SHAPE.mentorsPerBranch},
       case when o.k = 0 then '${ACCOUNT_PREFIX.secretary}' || o.b
         when o.k <= ${SHAPE.mentorsPerBranch} then '${ACCOUNT_PREFIX.mentor}' || o.id
         when o.committee then '${ACCOUNT_PREFIX.committee}' || o.id end,
       case when o.k <= ${SHAPE.mentorsPerBranch} or o.committee then '${hash}' end,
       case when o.k = 0 then '["${Role.SECRETARY}"]'::jsonb
         when o.k <= ${SHAPE.mentorsPerBranch} then '["${Role.MENTOR}"]'::jsonb
         when o.committee then '["${Role.COMMITTEE}"]'::jsonb end,
       1, false, false
     from (
       select i as id, (i - 1) / ${per} + 1 as b, (i - 1) % ${per} as k,
         (i - 1) % ${per} between ${SHAPE.firstMentee} and ${SHAPE.firstMentee + SHAPE.pairingsPerBranch - 1} as mentee,
         ((i - 1) / ${per}) * ${SHAPE.pairingsPerBranch} + (i - 1) % ${per} - ${SHAPE.firstMentee} + 1 as pairing,
         (i - 1) % ${per} = 99 and ((i - 1) / ${per}) % ${size.branchesPerBureau} < ${SHAPE.committeeBranches}
           as committee
       from generate_series(1, ${branches * per}) i
     ) o`,
  ];
}
