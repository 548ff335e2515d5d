/**
 * The zh-CN text is split (t.ts): the first frame's tables are always there, the others arrive with the
 * elements that add them (addZh). A key outside the first table, asked for by a module that does not add its
 * table, would show as the bare key until some other chunk happened to load it. This reads every module of
 * src/ for the literal keys it asks for and checks each is in the first table or in a table it adds itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zhCN } from '../../src/i18n/messages';
import { firstZh } from '../../src/i18n/messages-first';
import { analysisZh } from '../../src/i18n/messages-analysis';
import { panelZh } from '../../src/i18n/messages-panel';
import { tripZh } from '../../src/i18n/messages-trip';
import { loadZh } from '../../src/i18n/messages-load';
import { namesZh } from '../../src/i18n/messages-names';
import { visitZh } from '../../src/i18n/messages-visit';
import { addZh, t } from '../../src/i18n/t';

const src = fileURLToPath(new URL('../../src', import.meta.url));
const ADDED: Record<string, Record<string, string>> = { analysisZh, loadZh, namesZh, panelZh, tripZh, visitZh };

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return modules(path);
    return name.endsWith('.ts') && !/^messages/.test(name) ? [path] : [];
  });
}

describe('the zh-CN tables a module needs', () => {
  it('are the first frame’s or ones the module adds itself', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of modules(src)) {
      const code = readFileSync(file, 'utf8');
      const added = [...code.matchAll(/addZh\((\w+)\)/g)].map((m) => m[1]);
      for (const name of added) expect(ADDED[name], `${name} in ${relative(src, file)}`).toBeDefined();
      const keys = [...code.matchAll(/'([a-zA-Z]+\.[a-zA-Z.-]+)'/g)].map((m) => m[1]).filter((k) => k in zhCN);
      for (const key of keys) {
        checked++;
        if (key in firstZh || added.some((name) => key in ADDED[name])) continue;
        missing.push(`${relative(src, file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(200); // the scan found the modules' keys, not nothing
  });

  it('together with the added ones hold every key, and the first one leaves the later ones out', () => {
    const union = { ...firstZh, ...analysisZh, ...loadZh, ...namesZh, ...panelZh, ...tripZh, ...visitZh };
    expect(Object.keys(union).sort()).toEqual(Object.keys(zhCN).sort());
    for (const key of [
      'visit.wheelchair',
      'panel.title',
      'analysis.title',
      'trip.title',
      'load.viewCapped',
      'category.temple',
    ])
      expect(firstZh).not.toHaveProperty(key);
  });

  it('t() answers an added table’s key once the table is added (the bare key before)', () => {
    expect(t('zh-CN', 'visit.wheelchair')).toBe('visit.wheelchair');
    addZh(visitZh);
    expect(t('zh-CN', 'visit.wheelchair')).toBe(visitZh['visit.wheelchair']);
  });
});
