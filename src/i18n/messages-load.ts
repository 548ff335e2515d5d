/** Messages of the sites file's progress bar (`load.*`, lz-load-progress). Numbers come in already formatted. */
export const loadZh = {
  'load.label': '正在读取景点文件',
  'load.bytes': '已下载 {read} / {total} MB',
  'load.bytesUnknown': '已下载 {read} MB',
  'load.features': '已检查 {done} / {total} 个地点',
  // A FlatGeobuf src reads the sites in view, at most {max} at a time (read-fgb-view.ts).
  'load.viewCapped': '此范围内的地点超过 {max} 个，只显示了其中 {max} 个；放大地图可看到全部。',
};
