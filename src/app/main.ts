/** The full page for tourists: the map, full-window. */
import '../embed/index';
