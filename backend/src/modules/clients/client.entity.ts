import { ClientKind } from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ClientPhone } from './client-phone.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'clients' })
export class Client {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ClientKind;

  /** Full name of a person or legal name of a company, kept for lists and search. */
  @Column({ name: 'display_name', type: 'varchar', length: 400 })
  displayName!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 128, nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 128, nullable: true })
  lastName!: string | null;

  @Column({ name: 'middle_name', type: 'varchar', length: 128, nullable: true })
  middleName!: string | null;

  @Column({ name: 'legal_name', type: 'varchar', length: 256, nullable: true })
  legalName!: string | null;

  @Column({ name: 'tax_id', type: 'varchar', length: 16, nullable: true })
  taxId!: string | null;

  @OneToMany(() => ClientPhone, (phone) => phone.client, { cascade: true })
  phones!: ClientPhone[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
