import * as L from 'leaflet';

// Leaflet's own spec turns its animations off, so a test waits on events, never on a fade's clock:
// popups, markers and zooms are on screen as soon as the call that shows them returns.
L.Map.mergeOptions({ fadeAnimation: false, zoomAnimation: false, markerZoomAnimation: false });
