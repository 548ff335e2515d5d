import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

describe('npm run geo:build', () => {
  it('regenerates geo/ byte for byte', () => {
    const out = mkdtempSync(join(tmpdir(), 'lz-geo-'));
    execFileSync(join(root, 'node_modules/.bin/tsx'), ['scripts/build-geo.ts'], { cwd: root, env: { ...process.env, GEO_OUT: out }, stdio: 'pipe' });
    const built = readdirSync(out).sort();
    expect(built).toEqual(
      readdirSync(join(root, 'geo'))
        .filter((f) => f.endsWith('.geojson') || f === 'culture.json')
        .sort(),
    );
    for (const f of built) expect(readFileSync(join(out, f), 'utf8'), f).toBe(readFileSync(join(root, 'geo', f), 'utf8'));
  }, 60_000);
});
