// Page chrome that comes along when an article is copied from a site: copyright and ICP lines,
// sitemap and footer links, keyword and tag lists, "latest updates", disclaimers, end-of-page and
// comment prompts, share/print/close links, breadcrumbs. Lines are judged in simplified script.
import { simplify } from '../../extract/normalise.ts';
import type { CleaningStep, Edit } from './mapped.ts';
import { splitLines } from './lines.ts';

/** Chrome a paragraph could also mention: only a short line that is no sentence is judged by these. */
const SHORT_LINE = [
  /copyright|all rights reserved|©|版权所有|版权(?:申明|声明)/iu,
  /ICP\s*[备证]|ICP\d|公网安备|网安备/iu,
  /sitemap\d*\.xml|网站地图/iu,
  /扫一扫|扫码关注|长按识别|二维码/u,
];

/** Lines that are chrome whatever their length. */
const WHOLE_LINE = [
  /^(?:关键词|关键字|标签|tags?)\s*[:：]/iu,
  /^(?:最近更新|最新信息|最新更新|相关阅读|相关新闻|相关文章|推荐阅读|热点推荐|热门推荐|猜你喜欢|延伸阅读|热门文章)\s*[:：]?$/u,
  /^免责(?:申明|声明)/u,
  /^[-—_=~\s]*(?:我已经到底线啦|已经到底了|到底了|到底啦|没有更多了|没有更多内容了|全文完)[-—_=~\s!！。]*$/u,
  /^(?:>>|》)?\s*(?:暂时没有评论|暂无评论|发表评论|我要评论|网友评论|查看评论|参与评论|评论\s*\(?\d*\)?|我要纠错|我要举报|举报)\s*[!！]?$/u,
  /^(?:[【[]?(?:分享到|分享|打印本页|打印|关闭窗口|关闭|返回顶部|收藏本文|收藏|字号|[大中小]|微信|微博|QQ空间)[】\]]?[\s|:：/]*){1,8}$/iu,
  /^(?:首页|当前位置|您的位置|你的位置|位置)\s*[:：]?.*[>›»]/u,
  /[>›»]\s*正文$/u,
  /^联系我们\s*[:：]/u,
  /^(?:责任编辑|编辑|责编|审核|校对|来源编辑)\s*[:：]\s*\S{1,20}$/u,
  /^[(（](?:资料图片|图片来源[^)）]*|图\s*[/／][^)）]*|摄影[^)）]*|图片由[^)）]*)[)）]$/u,
];

const FOOTER_LINKS =
  /关于我们|关于本站|联系我们|管理团队|联系合作|招聘信息|广告服务|网站地图|版权申明|版权声明|免责声明|意见反馈|投稿/gu;

export function isBoilerplate(line: string): boolean {
  const s = simplify(line.trim());
  if (!s) return false;
  if (WHOLE_LINE.some((p) => p.test(s))) return true;
  // A sentence (it has a full stop) that mentions 版权 is news, not a footer.
  if (s.length > 80 || /[。!！]/u.test(s)) return false;
  return SHORT_LINE.some((p) => p.test(s)) || (s.match(FOOTER_LINKS)?.length ?? 0) >= 2;
}

export const dropBoilerplate: CleaningStep = (text) => {
  const edits: Edit[] = [];
  for (const line of splitLines(text)) {
    if (isBoilerplate(line.text)) edits.push({ start: line.start, end: line.next, text: '' });
  }
  return edits;
};
