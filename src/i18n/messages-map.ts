/** Messages drawn on the map itself: site clusters and the short forms of the zone labels. */
export const mapZh = {
  'cluster.label': '{count} 个景点',
  'cluster.zoom': '{count} 个景点，放大查看',
  'label.short.east': '东部度假区',
  'label.short.west': '西部避暑区',
  'label.short.south': '南部天梯山区',
  'label.short.north': '北部沙漠区',
  'label.short.core': '凉州古城',
} as const;
