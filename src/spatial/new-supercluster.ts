import Supercluster from 'supercluster';

/** The settings a supercluster index is built with: the same on both sides of the Worker. */
export interface ClusterSettings {
  radius: number;
  maxZoom: number;
}

/** Properties each supercluster point and cluster carries. */
export interface ClusterProps {
  id: string;
  rank: number;
}

/** A supercluster index as clusterIndex builds it; `id` is a site's id (the point's number in a Worker). */
export function newSupercluster({ radius, maxZoom }: ClusterSettings): Supercluster<ClusterProps, ClusterProps> {
  return new Supercluster<ClusterProps, ClusterProps>({
    radius,
    // Leaflet's tiles are 256 px: with this extent supercluster's radius is in screen pixels.
    extent: 256,
    maxZoom,
    minZoom: 0,
    map: (p) => ({ id: p.id, rank: p.rank }),
    reduce: (acc, p) => {
      acc.rank = Math.min(acc.rank, p.rank);
    },
  });
}
