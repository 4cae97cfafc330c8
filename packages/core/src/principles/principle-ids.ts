/**
 * Stable ids of the 11 Best Practice Principles (ASSIST), titles as listed in [004:114]
 * (domain.md §1.7). The database stores only these ids.
 */
export const PRINCIPLE_IDS = [
  "principle-01", // Access to and duration of assistance
  "principle-02", // Specialised legal assistance
  "principle-03", // Attention to motherhood and children
  "principle-04", // Safe and appropriate accommodation
  "principle-05", // Psychological assistance
  "principle-06", // Medical assistance
  "principle-07", // Training and education
  "principle-08", // Borrowing good practice from other areas of response to VAW
  "principle-09", // Feminist independent services
  "principle-10", // Voices of victims-survivors
  "principle-11", // Peer-to-peer support
] as const;
export type PrincipleId = (typeof PRINCIPLE_IDS)[number];
