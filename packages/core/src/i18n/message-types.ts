/** A translation of an English message file: the same keys, any wording. */
export type MessagesOf<English extends Record<string, string>> = { readonly [K in keyof English]: string };
