import { describe, expect, it } from 'vitest';
import {
  containment,
  documentText,
  MIN_SHINGLES,
  normalize,
  shingles,
  similarAbove,
  similarity,
} from './similarity.ts';

const ORIGINAL = `观看了话剧《老阿姨》，我几次红了眼眶。龚全珍老人跟随甘祖昌将军回到莲花县的山村，放弃城里优越的生活，一辈子扎根农村、教书育人。她把工资拿出来资助贫困学生，自己却穿着打了补丁的衣服。对照她，我在机关坐久了，下基层少了，和群众说话多是“打官腔”。今后我每月至少到联系点住两天，把群众反映的事情一件一件记下来、办下去。`;

const UNRELATED = `在计划财务科工作，每天和钱打交道。我们管的每一分钱都是群众的血汗钱，要花在刀刃上。过去在审核项目资金时，有时只看票据是否齐全，不去想项目是否真正让农民受益。以后资金拨付前去现场看一看，项目验收时听一听农户的意见，发现挤占挪用坚决说不。`;

/** Same subject, same campaign words, written by someone else. */
const SAME_SUBJECT = `学习龚全珍同志的先进事迹，我最大的感受是她对群众的那份真情。老阿姨退休后扎根山村，几十年如一日帮助乡亲。我在机关工作，下基层的次数不多，今后要多到联系点走走，和农户面对面拉家常，把群众的困难当成自己的事来办。`;

describe('similarity (材料雷同)', () => {
  it('keeps letters and digits only: punctuation, spaces and case do not count', () => {
    expect(normalize('一、坚定 信念！**AB** 2014年')).toBe('一坚定信念ab2014年');
    expect(similarity(ORIGINAL, ORIGINAL.replace(/[，。、“”]/g, ' '))).toBe(1);
  });

  it('makes character 3-grams of code points', () => {
    expect([...shingles('理想信念')]).toEqual(['理想信', '想信念']);
    expect(shingles('𠀀𠀁𠀂').size).toBe(1); // astral characters are one character each
    expect(shingles('ab').size).toBe(0);
  });

  it('reads the body as plain text and every text of the details', () => {
    const text = documentText('# 标题\n\n- **加粗**的一项', {
      problems: { faith: '学习不够' },
      measures: '每月学习',
      n: 3,
    });
    expect(text).toContain('标题');
    expect(text).toContain('加粗的一项');
    expect(text).not.toContain('**');
    expect(text).toContain('学习不够');
    expect(text).toContain('每月学习');
  });

  it('finds a near-copy: a few words changed and sentences moved', () => {
    const copy = ORIGINAL.replace('几次', '多次')
      .replace('多是', '常常是')
      .replace('今后我每月至少到联系点住两天，', '')
      .concat('今后我每月至少到联系点住两天。');
    expect(similarity(ORIGINAL, copy)).toBeGreaterThan(0.85);
  });

  it('finds a text lifted whole into a longer one (containment, not diluted by the padding)', () => {
    const padded = `${UNRELATED}\n\n${ORIGINAL}\n\n${SAME_SUBJECT}`;
    expect(similarity(ORIGINAL, padded)).toBeGreaterThan(0.95);
    expect(similarity(padded, ORIGINAL)).toBe(similarity(ORIGINAL, padded));
  });

  it('does not flag unrelated texts, nor two texts on the same subject by different writers', () => {
    expect(similarity(ORIGINAL, UNRELATED)).toBeLessThan(0.15);
    expect(similarity(ORIGINAL, SAME_SUBJECT)).toBeLessThan(0.35);
  });

  it('does not judge texts too short to tell', () => {
    const short = '学习龚全珍，争做贴心人';
    expect(shingles(short).size).toBeLessThan(MIN_SHINGLES);
    expect(similarity(short, `${short}${ORIGINAL}`)).toBe(0);
    expect(containment(new Set(), new Set())).toBe(0);
  });

  it('answers the candidates at or above the threshold, highest first', () => {
    const copy = ORIGINAL.replace('几次', '多次');
    const found = similarAbove(
      ORIGINAL,
      [
        { id: 'unrelated', text: UNRELATED },
        { id: 'copy', text: copy },
        { id: 'same', text: ORIGINAL },
        { id: 'subject', text: SAME_SUBJECT },
      ],
      0.6,
    );
    expect(found.map((f) => f.id)).toEqual(['same', 'copy']);
    expect(found[0]?.score).toBe(1);
    expect(similarAbove('太短', [{ text: '太短' }], 0)).toEqual([]);
  });
});
