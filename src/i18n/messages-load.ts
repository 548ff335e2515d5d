/** Messages of the sites file's progress bar (`load.*`, lz-load-progress). Numbers come in already formatted. */
export const loadZh = {
  'load.label': '正在读取景点文件',
  'load.bytes': '已下载 {read} / {total} MB',
  'load.bytesUnknown': '已下载 {read} MB',
  'load.features': '已检查 {done} / {total} 个地点',
};
