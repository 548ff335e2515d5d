/**
 * The core interface text in zh-CN: the map's own strings (title, note, zoom, layer names) and the names of
 * categories, themes and areas, which the map, the card, the list and the panels all show. Part of the first
 * frame's table (messages-first.ts).
 */
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
  // Punctuation between a label and its text, and after a sentence: full-width in Chinese, not 'x: y. '.
  'punct.colon': '：',
  'punct.stop': '。',
  'area.core': '一核：凉州古城',
  'area.east': '东部乡村度假养生旅游区',
  'area.west': '西部山林风光避暑旅游区',
  'area.south': '南部天梯山文化旅游区',
  'area.north': '北部腾格里沙漠生态旅游区',
  'shell.tab.layers': '图层',
  'shell.tab.list': '景点',
  'shell.tab.trip': '行程',
  'shell.tab.analysis': '分析',
  'shell.tabs': '面板',
  'shell.collapse': '收起面板',
  'shell.expand': '展开面板',
  'shell.switchLang': 'Switch to English',
  'shell.skipToList': '跳到景点列表',
  'map.pickStartHint': '请在地图上点按起点位置',
  'error.title': '数据有误',
  'error.dismiss': '关闭',
  'popup.close': '关闭',
  // The popup's stand-in when the site card's chunk cannot load (site-card-failed.ts).
  'popup.failed': '详细信息暂时无法加载。',
  'popup.retry': '重试',
} as const;
