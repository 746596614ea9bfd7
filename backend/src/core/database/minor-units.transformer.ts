import { ValueTransformer } from 'typeorm';

/** bigint columns of money in minor units: pg returns them as strings, every value we store fits a number. */
export const minorUnits: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
