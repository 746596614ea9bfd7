/** A calendar date written as YYYY-MM-DD, the form every date field (client, order schedule) takes. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The UTC calendar date of `at` as YYYY-MM-DD. */
export const isoDate = (at: Date): string => at.toISOString().slice(0, 10);

/** Today's UTC calendar date as YYYY-MM-DD: what due dates are compared with. */
export const today = (): string => isoDate(new Date());
