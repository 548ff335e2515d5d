import type { LonLat } from '../model/itinerary';
import type { LocalizedText } from '../model/types';

export interface StartPoint {
  id: string;
  name: LocalizedText;
  coordinates: LonLat;
}

/**
 * Named places a day can start from. Only the old city: its point is the `liangzhou-old-city` site's
 * (geo/sites.geojson, approximate like every site). 武威站 (Wuwei railway station) is deliberately not
 * here: none of our sources gives its position, and since 2024 trains also stop at 武威东站 (Wuwei
 * East, the Lanzhou high-speed line's terminus), so a guessed point could send visitors to the wrong
 * station (China Daily, 2024-07-01, on the line's opening). Anywhere else — a hotel, a station — is a visitor-chosen [lon, lat], passed as it is.
 */
export const START_POINTS: readonly StartPoint[] = [
  { id: 'old-city', name: { zh: '凉州古城', en: 'Liangzhou Old City' }, coordinates: [102.638, 37.929] },
];

/** Where a day starts when nobody says otherwise. */
export const DEFAULT_START: LonLat = START_POINTS[0].coordinates;
