import { BranchKind } from '@tongxin/schema';

/** What the seeder needs to staff one branch (支部). */
export interface BranchSpec {
  code: string;
  name: string;
  kind: BranchKind;
  /** Officers, before the random spread of ±4 at stations. */
  size: number;
  /** Share of auxiliary officers (辅警). */
  auxShare: number;
  head: string;
  /** The branch secretary's post (教导员 in a station or a 大队). */
  secretary: string;
  deputy: string;
  deputies: number;
  police: readonly string[];
  auxiliary: readonly string[];
}

// The 24 police stations of the article's bureau, by the streets and towns of Yinzhou. The first
// two are the demo accounts' branches A and B.
const STATIONS = [
  '钟公庙',
  '首南',
  '中河',
  '下应',
  '潘火',
  '明楼',
  '白鹤',
  '百丈',
  '东胜',
  '东柳',
  '东郊',
  '福明',
  '邱隘',
  '宝幢',
  '五乡',
  '姜山',
  '瞻岐',
  '咸祥',
  '塘溪',
  '东吴',
  '云龙',
  '横溪',
  '东钱湖',
  '陈婆渡',
];

const STATION_POLICE = [
  '社区民警',
  '社区民警',
  '社区民警',
  '巡逻民警',
  '巡逻民警',
  '案件侦办',
  '案件侦办',
  '内勤',
  '治安民警',
  '户籍民警',
];
const STATION_AUX = [
  '巡逻辅警',
  '巡逻辅警',
  '巡逻辅警',
  '社区辅警',
  '社区辅警',
  '接处警辅警',
  '户籍窗口辅警',
  '视频巡查辅警',
  '文职辅警',
];

type Leadership = 'squad' | 'office' | 'custody';
const LEADERSHIP: Record<Leadership, Pick<BranchSpec, 'head' | 'secretary' | 'deputy'>> = {
  squad: { head: '大队长', secretary: '教导员', deputy: '副大队长' },
  office: { head: '主任', secretary: '副主任', deputy: '副主任' },
  custody: { head: '所长', secretary: '教导员', deputy: '副所长' },
};

// name | officers | auxiliary share | leadership | police posts | auxiliary posts
const DEPARTMENTS: readonly [string, number, number, Leadership, string, string][] = [
  ['政治处', 14, 0.2, 'office', '组织人事、宣传教育、教育训练、民警', '文职辅警'],
  ['指挥中心', 30, 0.5, 'office', '值班长、接警员、情报研判', '接警辅警、视频巡查辅警'],
  ['办公室', 12, 0.3, 'office', '文秘、内勤、机要', '文职辅警'],
  ['警务督察大队', 10, 0.1, 'squad', '督察员', '文职辅警'],
  ['法制大队', 14, 0.2, 'squad', '案件审核、法制员', '文职辅警'],
  ['刑事侦查大队', 70, 0.35, 'squad', '侦查员、侦查员、技术员、中队长', '文职辅警、侦查辅警'],
  ['治安管理大队', 28, 0.35, 'squad', '治安民警、中队长、内勤', '文职辅警、治安辅警'],
  ['交通警察大队', 90, 0.6, 'squad', '交警、交警、事故处理、秩序管理、中队长', '交通协管辅警、事故处理辅警、文职辅警'],
  ['经济犯罪侦查大队', 20, 0.3, 'squad', '侦查员', '文职辅警'],
  ['禁毒大队', 16, 0.35, 'squad', '禁毒民警、侦查员', '文职辅警、禁毒社工辅警'],
  ['网络安全保卫大队', 18, 0.35, 'squad', '网络安全民警、侦查员', '网络巡查辅警、文职辅警'],
  ['国内安全保卫大队', 10, 0.1, 'squad', '民警', '文职辅警'],
  ['出入境管理大队', 16, 0.45, 'squad', '出入境民警、窗口民警', '窗口辅警、文职辅警'],
  ['巡特警大队', 60, 0.5, 'squad', '巡逻民警、特警队员、中队长', '巡逻辅警、特勤辅警'],
  ['食品药品与环境犯罪侦查大队', 12, 0.25, 'squad', '侦查员', '文职辅警'],
  ['反电信网络诈骗中心', 26, 0.5, 'office', '反诈民警、研判员', '劝阻辅警、文职辅警'],
  ['大数据智控侦查中心', 18, 0.3, 'office', '研判员、数据分析', '文职辅警'],
  ['执法办案中心', 30, 0.45, 'office', '案管民警、看管民警', '看管辅警、文职辅警'],
  ['警务保障室', 10, 0.3, 'office', '财务、装备管理', '文职辅警'],
  ['科技信息化科', 12, 0.3, 'office', '技术民警、系统运维', '文职辅警'],
  ['看守所', 36, 0.4, 'custody', '管教民警、看守民警、医生', '看护辅警、文职辅警'],
  ['拘留所', 20, 0.4, 'custody', '管教民警、看守民警', '看护辅警、文职辅警'],
  ['人口管理大队', 12, 0.3, 'squad', '户政民警、内勤', '文职辅警'],
];

/** The 47 branches of 鄞州分局: 24 stations (YZ-S01..S24), then 23 departments (YZ-D01..D23). */
export function branchCatalogue(): BranchSpec[] {
  const stations = STATIONS.map((town, i): BranchSpec => ({
    code: `YZ-S${String(i + 1).padStart(2, '0')}`,
    name: `${town}派出所`,
    kind: BranchKind.STATION,
    size: 39,
    auxShare: 0.55,
    ...LEADERSHIP.custody,
    deputies: 2,
    police: STATION_POLICE,
    auxiliary: STATION_AUX,
  }));
  const departments = DEPARTMENTS.map(([name, size, auxShare, lead, police, auxiliary], i): BranchSpec => ({
    code: `YZ-D${String(i + 1).padStart(2, '0')}`,
    name,
    kind: BranchKind.DEPARTMENT,
    size,
    auxShare,
    ...LEADERSHIP[lead],
    deputies: size >= 30 ? 2 : 1,
    police: police.split('、'),
    auxiliary: auxiliary.split('、'),
  }));
  return [...stations, ...departments];
}

/** Streets and towns officers live in, for home-visit locations. */
export const HOME_AREAS = [
  '鄞州区钟公庙街道',
  '鄞州区首南街道',
  '鄞州区中河街道',
  '鄞州区下应街道',
  '鄞州区潘火街道',
  '鄞州区明楼街道',
  '鄞州区白鹤街道',
  '鄞州区百丈街道',
  '鄞州区东柳街道',
  '鄞州区福明街道',
  '鄞州区邱隘镇',
  '鄞州区姜山镇',
  '鄞州区五乡镇',
  '鄞州区东吴镇',
  '鄞州区云龙镇',
  '鄞州区横溪镇',
  '鄞州区咸祥镇',
  '海曙区石碶街道',
  '江北区庄桥街道',
  '奉化区岳林街道',
];
