/** One row of scripts/sources/sites.tsv (copied from shared/reference, see its notes). */
export interface SiteRow {
  id: string;
  name_zh: string;
  name_en: string;
  lat: number;
  lon: number;
  coord_source: string;
  coord_confidence: string;
  category: string;
  planned_zone: string;
  heritage_level: string;
  era: string;
  facts: string;
  sources: string;
}

export function readSitesTsv(text: string): SiteRow[] {
  const [header, ...lines] = text.trim().split('\n');
  const cols = header.split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== cols.length)
      throw new Error(`sites.tsv line ${i + 2}: ${cells.length} cells, expected ${cols.length}`);
    const row = Object.fromEntries(cols.map((c, k) => [c, cells[k].trim()])) as Record<string, string>;
    return { ...row, lat: Number(row.lat), lon: Number(row.lon) } as unknown as SiteRow;
  });
}
