/** Messages for working offline (the full page) and "near me" (the locate control, the list, the trip start). */
export const nearZh = {
  'offline.indicator': '离线：显示本机已保存的地图',
  'offline.tilesCached': '已缓存 {n} 张地图瓦片',
  'locate.button': '显示我的位置',
  'locate.stop': '隐藏我的位置',
  'locate.you': '我的位置（精度约 {m} 米）',
  'locate.denied': '无法显示您的位置：浏览器未获准使用定位。请在浏览器的网站设置中允许定位后再试。',
  'locate.unavailable': '暂时无法确定您的位置（没有定位信号或超时），请到开阔处稍后再试。',
  'locate.unsupported': '此浏览器不提供定位功能。',
  'locate.far': '您距离凉州区约 {km}：“离我最近”的距离仅在区内或附近有参考价值。',
  'list.sortDistance': '按离我的距离排序',
  'list.nearest': '离我最近的景点',
  'list.distance': '距我 {km}',
  'trip.startHere': '从我的位置出发',
} as const;
