import { CustomFieldFilter } from '@switchboard/contracts';
import { IsIn, IsString, MaxLength, ValidateBy } from 'class-validator';

const SCALAR_TYPES = new Set(['string', 'number', 'boolean']);

export class CustomFieldFilterDto implements CustomFieldFilter {
  @IsString({ message: 'must be a field key' })
  @MaxLength(64, { message: 'must be at most 64 characters' })
  key!: string;

  @IsIn(['eq', 'gte', 'lte', 'contains'], { message: 'must be one of eq, gte, lte, contains' })
  op!: 'eq' | 'gte' | 'lte' | 'contains';

  /** Checked against the field's type when the filter is applied. */
  @ValidateBy({
    name: 'isScalar',
    validator: {
      validate: (value: unknown) => SCALAR_TYPES.has(typeof value),
      defaultMessage: () => 'must be text, a number or true/false',
    },
  })
  value!: string | number | boolean;
}
