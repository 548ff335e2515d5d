/**
 * 09:00 and 18:00: a sightseeing day, when most sites are staffed. Minutes since midnight.
 * On their own so that code which only needs the defaults does not pull in the planning maths.
 */
export const DEFAULT_DAY_START_MIN = 9 * 60;
export const DEFAULT_DAY_END_MIN = 18 * 60;
