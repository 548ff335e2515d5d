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
