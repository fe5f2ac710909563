// Table-driven tests for each cleaning step: what it removes, what it must leave alone.
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from './boilerplate.ts';
import { dropInvisible, halfWidth, stripPinyin } from './characters.ts';
import { joinBrokenNumbers, tidyWhitespace } from './layout.ts';
import { runStep, type CleaningStep } from './mapped.ts';
import { collapsePunctuation, dropLeadingMarks, dropLostCharacters } from './punctuation.ts';
import { dropRepeats } from './repeats.ts';

function table(step: CleaningStep, cases: [string, string][]) {
  it.each(cases)('%j → %j', (input, expected) => expect(runStep(step, input)).toBe(expected));
}

describe('dropInvisible', () =>
  table(dropInvisible, [
    ['园\u200b区', '园区'],
    ['行一\r\n行二', '行一\n行二'],
    ['丢\ufffd字', '丢字'],
    ['全角\u3000空格', '全角 空格'],
  ]));

describe('stripPinyin', () =>
  table(stripPinyin, [
    ['產(chǎn)業(yè)', '產業'],
    ['萬(wàn)元', '萬元'],
    ['區（qū）', '區'],
    ['皖I(lǐng)CP', '皖ICP'],
    ['研究?jī)能源', '研究能源'],
    ['平台(app)上线', '平台(app)上线'],
    ['园区(二期)项目', '园区(二期)项目'],
    ['基地(EOD)项目', '基地(EOD)项目'],
    ['個(ge)產(chǎn)業(yè)發(fā)展(zhǎn)', '個產業發展'],
  ]));

describe('halfWidth', () =>
  table(halfWidth, [
    ['增长１２．５％', '增长12.5%'],
    ['ＧＤＰ总量', 'GDP总量'],
    ['第ａ类', '第a类'],
    ['，。、', '，。、'],
  ]));

describe('dropBoilerplate', () =>
  table(dropBoilerplate, [
    ['正文\nCopyright © 2005-2023 某网 All rights reserved\n', '正文\n'],
    ['正文\n京ICP备12345678号-1', '正文\n'],
    ['正文\n皖ICP備2022009963號-3', '正文\n'],
    ['正文\nsitemap.xml sitemap2.xml', '正文\n'],
    ['正文\n关键词: 产业 园区\n标签：招商', '正文\n'],
    ['正文\n關鍵詞:\n最近更新\n', '正文\n'],
    ['正文\n免责申明: 本站部分内容转载自网络\n', '正文\n'],
    ['正文\n-我已经到底线啦-\n暂时没有评论', '正文\n'],
    ['正文\n>>我要舉報', '正文\n'],
    ['正文\n【打印】【关闭】\n分享到:', '正文\n'],
    ['首页 资讯 > 研究 > 正文\n正文', '正文'],
    ['关于本站 管理团队 版权申明 网站地图 联系合作\n正文', '正文'],
    ['(資料圖片)\n正文', '正文'],
    [
      '各地加强知识产权和版权保护工作,版权所有人的合法权益得到保障,维权成本明显下降,全年办结版权案件一百余件,同比有所增长。',
      '各地加强知识产权和版权保护工作,版权所有人的合法权益得到保障,维权成本明显下降,全年办结版权案件一百余件,同比有所增长。',
    ],
    ['关键词是创新驱动', '关键词是创新驱动'],
  ]));

describe('dropRepeats', () =>
  table(dropRepeats, [
    [
      '第一段落内容较长的文字。\n第二段。\n第一段落内容较长的文字。\n',
      '第一段落内容较长的文字。\n第二段。\n',
    ],
    ['平台赋能\n正文\n平台赋能', '平台赋能\n正文\n平台赋能'],
    ['园区今年新签约项目共计三十五个。园区今年新签约项目共计三十五个。', '园区今年新签约项目共计三十五个。'],
    ['標題一二三四五六七\n标题一二三四五六七', '標題一二三四五六七\n'],
  ]));

describe('collapsePunctuation', () =>
  table(collapsePunctuation, [
    ['召开,。会议', '召开。会议'],
    ['指出,,产业', '指出,产业'],
    ['下功夫,、在', '下功夫、在'],
    ['作为,?创建', '作为?创建'],
    ['结束。。', '结束。'],
    ['真的吗?!', '真的吗?!'],
    ['等等……', '等等……'],
    ['增长4.5%,', '增长4.5%,'],
  ]));

describe('dropLeadingMarks', () =>
  table(dropLeadingMarks, [
    ['上文\n。下文', '上文\n下文'],
    ['?。正文', '正文'],
    ['……正文', '……正文'],
  ]));

describe('dropLostCharacters', () =>
  table(dropLostCharacters, [
    ['强区??彰显', '强区 彰显'],
    ['怎么干?在扬州', '怎么干?在扬州'],
    ['勇姑?、奋发', '勇姑、奋发'],
    ['?正文', '正文'],
    ['名单 ? 如下', '名单  如下'],
  ]));

describe('joinBrokenNumbers', () =>
  table(joinBrokenNumbers, [
    ['出口4.\n\n81亿美元', '出口4.81亿美元'],
    ['出口4\n.81亿美元', '出口4.81亿美元'],
    ['第1段\n2段', '第1段\n2段'],
    ['增长4.\u3000\n 8%', '增长4.8%'],
    ['约12\n\n．5亿元', '约12．5亿元'],
    ['句末。\n.5不是数', '句末。\n.5不是数'],
  ]));

describe('tidyWhitespace', () =>
  table(tidyWhitespace, [
    ['  标题  \n\n\n  正文  ', '标题\n正文'],
    ['伍玲   周斌', '伍玲 周斌'],
    ['\n\n正文\n', '正文'],
  ]));
