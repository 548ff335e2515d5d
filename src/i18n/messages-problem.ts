/**
 * The frame of a data-problem notice (`problem.*`): where the problem is and what kind it is, in the
 * interface language. The problem's own detail stays in English (it comes from the readers and zod)
 * and is shown after `problem.detail`, marked as technical.
 */
export const problemZh = {
  'problem.file': '文件 {file}',
  'problem.attribute': '属性 {file}',
  'problem.feature': '要素 {feature}',
  'problem.field': '字段 {field}',
  'problem.fetch-failed': '无法下载该文件。',
  'problem.not-json': '该文件不是有效的 JSON。',
  'problem.invalid-data': '文件内容不符合地图要求的格式。',
  'problem.too-large': '文件过大。',
  'problem.timeout': '等待文件超时。',
  'problem.not-allowed': '不允许从该来源读取数据。',
  'problem.invalid-attribute': '地图无法使用该值。',
  'problem.detail': '详情：{detail}',
};
