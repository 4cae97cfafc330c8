/**
 * A dashboard table as plain data, built once on the server and used three ways: the page
 * (with a chart), the printable report and the CSV export. Words are message keys, so each
 * reader gets her language; numbers stay numbers until shown (Intl on the page, plain in CSV).
 */
export type Text = { key: string; params?: Record<string, string | number> } | { text: string };
export type Cell = number | null | Text;
export type ColumnFormat = "number" | "percent" | "text";

export type TableModel = {
  id: string;
  titleKey: string;
  columns: { label: Text; format: ColumnFormat }[];
  /** `format` overrides the columns' format for a row (a percentage among counts). */
  rows: { key: string; head: Text; cells: Cell[]; format?: ColumnFormat }[];
  /** Which cell column a bar chart shows, and the largest value of its scale (null: the data's). */
  chart?: { column: number; max: number | null };
};

export const text = (key: string, params?: Record<string, string | number>): Text => ({
  key,
  ...(params ? { params } : {}),
});
export const raw = (value: string): Text => ({ text: value });
