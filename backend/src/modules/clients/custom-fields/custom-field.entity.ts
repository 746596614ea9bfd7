import { CustomFieldType } from '@switchboard/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'client_custom_fields' })
@Index('client_custom_fields_key_unique', ['key'], { unique: true })
export class CustomField {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'varchar', length: 128 })
  label!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: CustomFieldType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  options!: string[];

  @Column({ type: 'int', default: 0 })
  position!: number;
}
