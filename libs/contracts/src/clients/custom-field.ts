export const CUSTOM_FIELD_TYPES = ['text', 'number', 'date', 'boolean', 'select'] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

/** A field an admin adds to every client card. */
export interface CustomFieldDefinition {
  id: string;
  /** Stable key the values are stored under (`loyalty_level`); letters, digits and `_`. */
  key: string;
  label: string;
  type: CustomFieldType;
  /** Choices of a `select` field. */
  options: string[];
  position: number;
}

export interface CreateCustomFieldRequest {
  key: string;
  label: string;
  type: CustomFieldType;
  options?: string[];
  position?: number;
}

export type UpdateCustomFieldRequest = Partial<
  Pick<CreateCustomFieldRequest, 'label' | 'options' | 'position'>
>;
