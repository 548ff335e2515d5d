/** Messages of the trip feature. Keys: `trip.*`. */
export const tripZh = {} as const;

export const tripEn: Record<keyof typeof tripZh, string> = {};
