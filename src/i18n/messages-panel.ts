/** Messages of the panel feature. Keys: `panel.*`. */
export const panelZh = {} as const;

export const panelEn: Record<keyof typeof panelZh, string> = {};
