import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { CustomFieldDefinition } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { DomainError, ValidationFailedError } from '../../../core/http/domain-error';
import { violatedUniqueIndex } from '../../../core/database/unique-violation';
import { CustomField } from './custom-field.entity';
import { CreateCustomFieldDto, UpdateCustomFieldDto } from './dto/custom-field.dto';

export class CustomFieldNotFoundError extends DomainError {
  constructor(id: string) {
    super('CUSTOM_FIELD_NOT_FOUND', `Custom field ${id} does not exist`);
  }
}

export class CustomFieldKeyTakenError extends DomainError {
  constructor(key: string) {
    super('CUSTOM_FIELD_KEY_TAKEN', `A field with the key "${key}" exists`, [
      { field: 'key', code: 'TAKEN', reason: 'is already used by another field' },
    ]);
  }
}

const toView = ({ id, key, label, type, options, position }: CustomField): CustomFieldDefinition => ({
  id,
  key,
  label,
  type,
  options,
  position,
});

/** Fields an admin adds to every client card. Values stay on clients when a field is removed. */
@Injectable()
export class CustomFieldsService {
  constructor(@InjectRepository(CustomField) private readonly fields: Repository<CustomField>) {}

  async list(): Promise<CustomFieldDefinition[]> {
    return (await this.fields.find({ order: { position: 'ASC', label: 'ASC' } })).map(toView);
  }

  async create(dto: CreateCustomFieldDto): Promise<CustomFieldDefinition> {
    const options = dto.options ?? [];
    if (dto.type === 'select' && options.length === 0) {
      throw new ValidationFailedError([
        { field: 'options', code: 'REQUIRED', reason: 'a select field needs at least one option' },
      ]);
    }
    const position = dto.position ?? (await this.fields.count());
    try {
      return toView(await this.fields.save(this.fields.create({ ...dto, options, position })));
    } catch (error) {
      if (violatedUniqueIndex(error)) throw new CustomFieldKeyTakenError(dto.key);
      throw error;
    }
  }

  async update(id: string, dto: UpdateCustomFieldDto): Promise<CustomFieldDefinition> {
    const field = await this.fields.findOneBy({ id });
    if (!field) throw new CustomFieldNotFoundError(id);
    Object.assign(field, Object.fromEntries(Object.entries(dto).filter(([, value]) => value !== undefined)));
    if (field.type === 'select' && field.options.length === 0) {
      throw new ValidationFailedError([
        { field: 'options', code: 'REQUIRED', reason: 'a select field needs at least one option' },
      ]);
    }
    return toView(await this.fields.save(field));
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.fields.delete({ id });
    if (!affected) throw new CustomFieldNotFoundError(id);
  }
}
