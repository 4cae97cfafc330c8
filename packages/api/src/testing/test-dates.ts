/** The day the API's tests live on: the demo seed and every caller's clock use it. */
export const TODAY = "2026-11-23";
export const NOW = new Date(`${TODAY}T10:00:00Z`);
