/** A calendar date written as YYYY-MM-DD, the form every date field of a client takes. */
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
