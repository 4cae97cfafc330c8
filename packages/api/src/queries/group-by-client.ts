/** Rows of many clients grouped by client id, each group in the rows' order. */
export function groupByClient<T extends { clientId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.clientId);
    if (list) list.push(row);
    else map.set(row.clientId, [row]);
  }
  return map;
}
