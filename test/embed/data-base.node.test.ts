// Pure: see embed-params.node.test.ts for where it runs.
import { describe, expect, it } from 'vitest';
import { dataBase } from '../../src/embed/data-base';

describe('dataBase (the lite build finds its geo/ folder)', () => {
  it('is geo/ next to the script by default', () => {
    expect(dataBase('https://cdn.example/lz/1.0/liangzhou-map.lite.js').href).toBe('https://cdn.example/lz/1.0/geo/');
  });

  it('follows ?geo= on the script URL, relative or absolute, as a folder', () => {
    expect(dataBase('https://cdn.example/lz/liangzhou-map.lite.js?geo=../data').href).toBe('https://cdn.example/data/');
    expect(dataBase('https://cdn.example/lz/liangzhou-map.lite.js?geo=https://bureau.example/geo/').href).toBe(
      'https://bureau.example/geo/',
    );
    expect(dataBase('https://cdn.example/lz/liangzhou-map.lite.js?geo=').href).toBe('https://cdn.example/lz/geo/');
  });
});
