/**
 * Interface text in both languages. Keys are `area.meaning`; `{name}` marks a parameter.
 * The en tables are typed against zh-CN, so a key missing in one language fails the type check.
 * Each feature keeps its messages in its own file (messages-*.ts); this one joins them. The English tables
 * (messages-*-en.ts, joined in messages-en.ts) load only for a page in English (t.ts).
 */
import { visitZh } from './messages-visit';
import { panelZh } from './messages-panel';
import { tripZh } from './messages-trip';
import { analysisZh } from './messages-analysis';
import { mapZh } from './messages-map';
import { baseMapZh } from './messages-basemap';
import { nearZh } from './messages-near';
import { loadZh } from './messages-load';
import { problemZh } from './messages-problem';

export const coreZh = {
  'map.label': '凉州区文化旅游地图',
  'map.zoomIn': '放大',
  'map.zoomOut': '缩小',
  'map.schematicNote': '旅游区范围与发展轴为示意，非测绘边界。',
  'map.loading': '地图加载中…',
  'map.hintWheel': '按住 Ctrl（Mac 上为 ⌘）并滚动滚轮以缩放地图',
  'map.hintTouch': '用两根手指移动地图',
  'map.unknownLayers': '未知图层已忽略：{ids}。',
  'map.unknownLayersDefault': '未知图层：{ids}；已显示默认图层。',
  'map.unknownSite': '找不到景点“{id}”。',
  'layer.boundary': '凉州区界',
  'layer.context': '武威市其他县区',
  'layer.core': '一核：凉州古城',
  'layer.axis': '一轴：S316省道（示意）',
  'layer.sites': '景点',
  'site.category': '类别',
  'site.zone': '所在区域',
  'site.heritage': '保护级别',
  'site.era': '年代',
  'site.themes': '主题',
  'site.source': '来源',
  // Punctuation between a label and its text, and after a sentence: full-width in Chinese, not 'x: y. '.
  'punct.colon': '：',
  'punct.stop': '。',
  'site.links': '资料链接',
  'site.precision.approximate': '位置为近似',
  'site.precision.surveyed': '位置经测量',
  'site.precision.schematic': '位置为示意',
  'site.confidence.high': '两个独立来源相符，误差约几百米以内',
  'site.confidence.medium': '由公开距离推算，误差可能达数百米',
  'site.confidence.low': '据文字描述估计，误差可能达数公里',
  'category.heritage': '文物古迹',
  'category.temple': '寺观',
  'category.museum': '博物馆',
  'category.street': '历史街区',
  'category.park': '公园',
  'category.reservoir': '水库',
  'category.nature': '自然风光',
  'category.desert': '沙漠',
  'category.great-wall': '长城',
  'theme.wuliang': '五凉文化',
  'theme.red': '红色文化',
  'theme.great-wall': '长城文化',
  'theme.intangible': '非遗',
  'theme.buddhist': '佛教文化',
  'theme.daoist': '道教文化',
  'theme.confucian': '儒学文化',
  'theme.han': '汉代文化',
  'theme.xixia': '西夏文化',
  'theme.ecology': '生态',
  'area.core': '一核：凉州古城',
  'area.east': '东部乡村度假养生旅游区',
  'area.west': '西部山林风光避暑旅游区',
  'area.south': '南部天梯山文化旅游区',
  'area.north': '北部腾格里沙漠生态旅游区',
  'shell.tab.layers': '图层',
  'shell.tab.list': '景点',
  'shell.tab.trip': '行程',
  'shell.tabs': '面板',
  'shell.collapse': '收起面板',
  'shell.expand': '展开面板',
  'shell.switchLang': 'Switch to English',
  'shell.skipToList': '跳到景点列表',
  'map.pickStartHint': '请在地图上点按起点位置',
  'error.title': '数据有误',
  'error.dismiss': '关闭',
  'popup.close': '关闭',
  'siteCard.addToTrip': '加入行程',
  'siteCard.removeFromTrip': '从行程中移除',
} as const;

export const zhCN = {
  ...coreZh,
  ...panelZh,
  ...tripZh,
  ...visitZh,
  ...analysisZh,
  ...mapZh,
  ...baseMapZh,
  ...nearZh,
  ...loadZh,
  ...problemZh,
};
export type MessageKey = keyof typeof zhCN;
