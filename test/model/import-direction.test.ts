import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = join(import.meta.dirname, '../../src');
const pure = ['model', 'data', 'spatial', 'plan', 'search', 'state', 'i18n'];

function files(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );
  } catch {
    return [];
  }
}

describe('import direction', () => {
  it('keeps the pure layers free of Leaflet, Lit and the layers above them', () => {
    const bad: string[] = [];
    for (const layer of pure) {
      for (const file of files(join(src, layer))) {
        for (const m of readFileSync(file, 'utf8').matchAll(/from\s+['"]([^'"]+)['"]/g)) {
          const target = m[1];
          if (/^(leaflet|lit)(\/|$)/.test(target) || /\.\.\/(map|components|app|embed)\//.test(target))
            bad.push(`${file}: ${target}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(files(join(src, 'data')).length).toBeGreaterThan(3);
  });
});
