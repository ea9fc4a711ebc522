import { LIMITS, OfficerCategory, Role } from '@tongxin/schema';

// The roster file's vocabulary: its columns, and the words accepted in the category and role
// cells. Chinese as the bureau writes them, and the codes the API uses, so a file exported from
// another system or written by hand both read.

export const ROSTER_FIELDS = ['branch', 'name', 'badgeNumber', 'category', 'position', 'phone', 'roles'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Column headers in template order. Every column is required: a mistyped header must not blank a field. */
export const COLUMN_OF: Record<RosterField, string> = {
  branch: '支部',
  name: '姓名',
  badgeNumber: '警号',
  category: '人员类别',
  position: '职务',
  phone: '手机',
  roles: '角色',
};

/** Header spellings that name a column besides its Chinese header: the field name, any case. */
export function fieldOfHeader(header: string): RosterField | null {
  const h = header.replace(/\s+/g, '');
  for (const f of ROSTER_FIELDS) {
    if (h === COLUMN_OF[f] || h.toLowerCase() === f.toLowerCase()) return f;
  }
  return null;
}

export const MAX_LENGTH: Partial<Record<RosterField, number>> = {
  branch: 100,
  name: LIMITS.nameMax,
  position: LIMITS.nameMax,
};

const CATEGORY_WORDS: Record<string, OfficerCategory> = {
  民警: OfficerCategory.POLICE,
  POLICE: OfficerCategory.POLICE,
  辅警: OfficerCategory.AUXILIARY,
  AUXILIARY: OfficerCategory.AUXILIARY,
};
export const CATEGORY_LABEL: Record<OfficerCategory, string> = { POLICE: '民警', AUXILIARY: '辅警' };

export const categoryOf = (cell: string): OfficerCategory | null => CATEGORY_WORDS[cell.toUpperCase()] ?? null;

/**
 * The role words. 帮教责任人 (MENTOR) is the officer's isMentor flag; OFFICER is every account and
 * may be written or left out; the others are account roles.
 */
export const ROLE_LABEL: Record<Role, string> = {
  COMMITTEE: '党委委员',
  SECRETARY: '支部书记',
  MENTOR: '帮教责任人',
  OFFICER: '民警',
  SYSADMIN: '系统管理员',
  AUDITOR: '安全审计员',
};
const ROLE_WORDS: Record<string, Role> = {
  ...Object.fromEntries(Object.values(Role).map((r) => [r, r])),
  ...Object.fromEntries(Object.entries(ROLE_LABEL).map(([r, label]) => [label, r as Role])),
  党委: Role.COMMITTEE,
  党委成员: Role.COMMITTEE,
  书记: Role.SECRETARY,
  帮教人: Role.MENTOR,
  辅警: Role.OFFICER,
  管理员: Role.SYSADMIN,
  审计员: Role.AUDITOR,
};

/** The roles of a cell such as "帮教责任人、支部书记" or "MENTOR, SECRETARY"; unknown words apart. */
export function rolesOf(cell: string): { roles: Role[]; unknown: string[] } {
  const roles = new Set<Role>();
  const unknown: string[] = [];
  for (const word of cell.split(/[、,，;；/|\s]+/).filter(Boolean)) {
    const role = ROLE_WORDS[word] ?? ROLE_WORDS[word.toUpperCase()];
    if (role) roles.add(role);
    else unknown.push(word);
  }
  return { roles: [...roles], unknown };
}

/** 警号 as stored: letters upper-cased (F20001 for an auxiliary), 1–16 letters, digits or dashes. */
export function normaliseBadge(cell: string): string | null {
  const badge = cell.replace(/\s+/g, '').toUpperCase();
  return new RegExp(`^[A-Z0-9-]{1,${LIMITS.badgeNumberMax}}$`).test(badge) ? badge : null;
}

/**
 * A phone as stored: spaces, dashes and brackets dropped. Accepted: a mainland mobile
 * (1[3-9] and 9 digits, with an optional +86), a landline with its area code (0 and 2–3 digits,
 * then 7–8 digits, optionally an extension), or the 3–6 digit short number (虚拟网短号, starting
 * with 6) the bureau's own phones carry.
 */
export function normalisePhone(cell: string): string | null {
  const compact = cell.replace(/[\s\-()（）]/g, '');
  const mobile = /^(?:\+?86)?(1[3-9]\d{9})$/.exec(compact);
  if (mobile) return mobile[1];
  // 010 and 02x are three-digit area codes, every other one has four.
  const landline = /^(0[12]\d|0[3-9]\d{2})([2-9]\d{6,7})((?:转|#|ext)\d{1,6})?$/i.exec(compact);
  if (landline) return `${landline[1]}-${landline[2]}${landline[3] ?? ''}`;
  if (/^6\d{2,5}$/.test(compact)) return compact;
  return null;
}
