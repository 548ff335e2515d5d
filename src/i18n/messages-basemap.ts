/** The base-map choice, its fallback notices and the approval-number line (issue 14). */
export const baseMapZh = {
  'baseMap.legend': '底图',
  'baseMap.none': '无（仅区界，可离线）',
  'baseMap.osm': 'OpenStreetMap（需联网）',
  'baseMap.tianditu': '天地图 矢量',
  'baseMap.tianditu-img': '天地图 影像',
  'baseMap.amap': '高德 地图',
  'baseMap.amap-img': '高德 卫星',
  'baseMap.custom': '自定义瓦片',
  'baseMap.failed': '底图“{name}”无法加载（无网络、被拦截或密钥无效），已改用离线区界底图。',
  'baseMap.needsKey': '天地图底图需要密钥（tianditu-key），已改用离线区界底图。',
  'baseMap.review': '审图号：{numbers}',
};

export const baseMapEn: Record<keyof typeof baseMapZh, string> = {
  'baseMap.legend': 'Base map',
  'baseMap.none': 'None (outlines only, works offline)',
  'baseMap.osm': 'OpenStreetMap (online)',
  'baseMap.tianditu': 'Tianditu map',
  'baseMap.tianditu-img': 'Tianditu imagery',
  'baseMap.amap': 'AMap (Gaode) map',
  'baseMap.amap-img': 'AMap satellite',
  'baseMap.custom': 'Custom tiles',
  'baseMap.failed':
    'The “{name}” base map could not load (offline, blocked, or a wrong key); the map shows the offline outline base map.',
  'baseMap.needsKey': 'The Tianditu base map needs a key (tianditu-key); the map shows the offline outline base map.',
  'baseMap.review': 'Map approval no. (审图号): {numbers}',
};
