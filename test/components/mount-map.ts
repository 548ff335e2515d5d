// The entry (it also registers the site card and the other elements a page gets), then the one mountMap.
import '../../src/embed/index';

export { mountMap, type MountOptions } from './mount-map-alone';
