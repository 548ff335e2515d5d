/** English for messages-problem.ts (typed against its zh-CN table): loaded only for a page in English (t.ts). */
import type { problemZh } from './messages-problem';

export const problemEn: Record<keyof typeof problemZh, string> = {
  'problem.file': 'file {file}',
  'problem.attribute': 'attribute {file}',
  'problem.feature': 'feature {feature}',
  'problem.field': 'field {field}',
  'problem.fetch-failed': 'The file could not be downloaded.',
  'problem.not-json': 'The file is not valid JSON.',
  'problem.invalid-data': 'The file is not in the form the map needs.',
  'problem.too-large': 'The file is too large.',
  'problem.timeout': 'The file took too long.',
  'problem.not-allowed': 'Data from this origin is not allowed.',
  'problem.invalid-attribute': 'The map cannot use this value.',
  'problem.detail': 'Detail: {detail}',
};
