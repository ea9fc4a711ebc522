/**
 * The shapes of the generated province. L is the province: 20 bureaus, 1,000 branches,
 * 100,000 officers, 20,000 pairings, 500,000 visits, 500,000 talks, 200,000 action items and
 * 20,000 reviews. Smaller sizes keep every per-branch and per-pairing figure (a mentor's home, a
 * secretary's page and a bureau's dashboard look alike at every size) and shrink the number of
 * branches: M is a tenth of L, XS a handful of branches for the tests.
 */
export interface ProvinceSize {
  name: string;
  bureaus: number;
  branchesPerBureau: number;
}

/** Per-branch and per-pairing figures, the same at every size. */
export const SHAPE = {
  officersPerBranch: 100,
  /** Officer slots within a branch: 0 the secretary, 1..15 mentors, 16..35 mentees, 99 committee. */
  mentorsPerBranch: 15,
  firstMentee: 16,
  pairingsPerBranch: 20,
  /** Branches of each bureau whose officer in slot 99 sits on the committee. */
  committeeBranches: 3,
  visitsPerPairing: 25,
  talksPerPairing: 25,
  itemsPerPairing: 10,
  /** Days between two visits of a pairing; talks fall half-way between. */
  visitEveryDays: 12,
  contactIntervalDays: 30,
} as const;

export const SIZES: Record<string, ProvinceSize> = {
  L: { name: 'L', bureaus: 20, branchesPerBureau: 50 },
  M: { name: 'M', bureaus: 2, branchesPerBureau: 50 },
  XS: { name: 'XS', bureaus: 1, branchesPerBureau: 3 },
};

export function provinceSize(name: string): ProvinceSize {
  const size = SIZES[name.toUpperCase()];
  if (!size) throw new Error(`unknown size ${name}: one of ${Object.keys(SIZES).join(', ')} (S is the demo bureau)`);
  return size;
}

/** Row counts of a size, as the generator writes them. */
export function provinceCounts(size: ProvinceSize) {
  const branches = size.bureaus * size.branchesPerBureau;
  const pairings = branches * SHAPE.pairingsPerBranch;
  return {
    bureaus: size.bureaus,
    branches,
    officers: branches * SHAPE.officersPerBranch,
    pairings,
    visits: pairings * SHAPE.visitsPerPairing,
    talks: pairings * SHAPE.talksPerPairing,
    actionItems: pairings * SHAPE.itemsPerPairing,
    reviews: pairings,
  };
}
