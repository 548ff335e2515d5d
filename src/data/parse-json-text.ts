import { GeoDataError } from './geo-data-error';

/** JSON.parse that says which file failed and where, instead of a bare SyntaxError. */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new GeoDataError({ file, category: 'not-json', problem: `is not valid JSON (${(err as Error).message})` });
  }
}
