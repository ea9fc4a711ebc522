import { pinyin } from 'pinyin-pro';
import type { Rng } from './prng.js';

// Surnames with a weight, roughly as common as they are in Ningbo (王、陈、张、李、周、徐… and the
// local 俞、应、邬、竺、虞), so a branch's roster reads like a real one.
const SURNAMES = (
  '王30 陈28 张22 李18 周16 徐15 胡12 林10 杨10 吴10 刘10 孙8 朱8 俞7 应7 郑7 黄7 赵6 沈6 何5 叶5 金5 ' +
  '邬4 竺3 虞3 钱4 蒋4 丁4 毛4 马4 高4 罗3 梁3 谢3 宋3 唐3 许4 韩3 冯3 邵3 曹3 董3 袁3 潘3 蔡3 余3 ' +
  '杜2 程2 魏2 吕3 卢2 姚3 钟2 姜2 崔2 陆3 范2 汪2 石2 贺2 夏2 方3 邹2 孔2 顾2 龚2 戴2 严2 施2 葛2 ' +
  '鲍2 翁2 任2 曾2 江2 史2 陶2 乐2 包2 单1'
)
  .split(' ')
  .map((s) => [s[0], Number(s.slice(1))] as const);

const MALE_CHARS = [
  ...'伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林洋峰建国东海文亮晨晖立新志永春雷锋正成江',
  ...'兵德荣剑敏力良庆祥毅栋钧炜昊晓振家嘉安忠卫红跃学彬坚骏哲然琦',
];
const FEMALE_CHARS = [...'丽敏静燕艳娟霞芳婷娜琳雪洁颖倩佳慧露晶蕾莉萍红玲瑶欣怡悦琴青晓文'];

const initials = new Map<string, string>();
const initialOf = (ch: string, surname: boolean) => {
  const key = surname ? `s${ch}` : ch;
  let v = initials.get(key);
  if (v === undefined) {
    v = pinyin(ch, { pattern: 'first', toneType: 'none', surname: surname ? 'head' : 'off' }).toLowerCase();
    initials.set(key, v);
  }
  return v;
};

/**
 * Pinyin initials of a name (王建国 → wjg), the first character read as a surname (单 → s, 曾 → z).
 * Memoized per character: 1,500 whole-name conversions cost more than the rest of the roster, and
 * for these characters the result equals pinyin(name, { pattern: 'first', surname: 'head' }).
 */
export const nameInitials = (name: string) => [...name].map((ch, i) => initialOf(ch, i === 0)).join('');

/** Draws names that are unique across the whole bureau, so a search for a name finds one person. */
export class NameGenerator {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** Marks a name taken (the demo accounts keep their fixed names). */
  reserve(name: string) {
    this.used.add(name);
  }

  next(female: boolean): string {
    const chars = female ? FEMALE_CHARS : MALE_CHARS;
    for (;;) {
      const surname = this.rng.weighted(SURNAMES);
      const given = this.rng.chance(0.62) ? this.rng.pick(chars) + this.rng.pick(chars) : this.rng.pick(chars);
      // Doubled given names (丽丽) exist but are rare among adults.
      if (given.length === 2 && given[0] === given[1] && !this.rng.chance(0.15)) continue;
      const name = surname + given;
      if (this.used.has(name)) continue;
      this.used.add(name);
      return name;
    }
  }
}
