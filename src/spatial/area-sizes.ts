import type { AreaId, Layout } from '../model/types';
import { areaKm2 } from './area-km2';

/** The size of the core and of each zone in km², for planners reading the layout. */
export function areaSizes(layout: Pick<Layout, 'core' | 'zones'>): Record<AreaId, number> {
  const sizes = { core: areaKm2(layout.core.geometry) } as Record<AreaId, number>;
  for (const zone of layout.zones) sizes[zone.id] = areaKm2(zone.geometry);
  return sizes;
}
