import { describe, expect, it } from 'vitest';
import { findNames, mainSubject, subjectAt } from './subject.ts';

describe('names and subjects', () => {
  it.each<[string, string[]]>([
    ['记者从三溪科创城获悉，三溪科创城发展迅速。', ['三溪科创城', '三溪科创城']],
    ['扬州经济技术开发区党工委书记表示', ['扬州经开区']],
    ['东江高新技术产业开发区今年', ['东江高新区']],
    ['推进生物健康产业园建设', ['生物健康产业园']],
    ['全区上下、产业园区、辖区企业', []],
    ['申报广东省级企业', []],
  ])('%s', (text, expected) => {
    expect(findNames(text).map((n) => n.name)).toEqual(expected);
  });

  it('resolves a 下称 alias', () => {
    const text = '某某科技股份有限公司(下称“华泰”)表示，华泰将扩产。';
    expect(findNames(text).some((n) => n.name === '华泰' && n.start > 20)).toBe(true);
  });

  it('picks the most mentioned name as the main subject', () => {
    const text = '北城高新区发布报告。北城高新区产值增长，南湖经开区也在增长。';
    expect(mainSubject(text, findNames(text))).toBe('北城高新区');
  });

  it('prefers a byline over an object named later in the section', () => {
    const text = '北城高新区党工委书记 张三\n园区将推进生物健康产业园建设，力争开票达325亿元。';
    const names = findNames(text);
    expect(subjectAt(text, names, text.indexOf('325'), null)).toBe('北城高新区');
  });
});
