/** What every fake Office object shares: loads and syncs that do nothing. */
export const loaded = { load: () => undefined };
export const collection = <T>(items: T[]) => ({ items, load: () => undefined });
export const synced = { sync: () => Promise.resolve() };
