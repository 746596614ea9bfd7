/** A failed save: errors to show on fields (field -> translation key) and/or a banner message key. */
export interface SaveFailure {
  ok: false;
  fieldErrors: Record<string, string>;
  messageKey: string | null;
}

export type SaveResult<T> = { ok: true; value: T } | SaveFailure;
