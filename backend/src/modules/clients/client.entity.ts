import {
  BankDetails,
  ClientKind,
  ClientSource,
  ClientStatus,
  CustomFieldValues,
  FamilyMember,
  Gender,
  ImportantDate,
  RegistrationNumber,
} from '@switchboard/contracts';
import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { User } from '../users/user.entity';
import { ClientContact } from './client-contact.entity';
import { ClientEmail } from './client-email.entity';
import { ClientPhone } from './client-phone.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
// Indexes marked `synchronize: false` are written by hand in the migration (operator classes, expressions).
@Entity({ name: 'clients' })
@Index('clients_display_name_trgm', { synchronize: false })
@Index('clients_search_name_trgm', { synchronize: false })
@Index('clients_birthday', { synchronize: false })
@Index('clients_tags', { synchronize: false })
@Index('clients_display_name', ['displayName'])
@Index('clients_last_contact_at', ['lastContactAt'])
@Index('clients_tax_id', ['taxId'])
@Index('clients_manager', ['manager'])
@Index('clients_created_at', ['createdAt'])
export class Client {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: ClientKind;

  /** Full name of a person or legal name of a company, kept for lists and search. */
  @Column({ name: 'display_name', type: 'varchar', length: 400 })
  displayName!: string;

  /** The display name's search key (`nameKey`): one Latin spelling whatever the script it was typed in. */
  @Column({ name: 'search_name', type: 'text', default: '', select: false })
  searchName!: string;

  @Column({ name: 'first_name', type: 'varchar', length: 128, nullable: true })
  firstName!: string | null;

  @Column({ name: 'last_name', type: 'varchar', length: 128, nullable: true })
  lastName!: string | null;

  @Column({ name: 'middle_name', type: 'varchar', length: 128, nullable: true })
  middleName!: string | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  gender!: Gender | null;

  @Column({ name: 'legal_name', type: 'varchar', length: 256, nullable: true })
  legalName!: string | null;

  @Column({ name: 'tax_id', type: 'varchar', length: 16, nullable: true })
  taxId!: string | null;

  @Column({ name: 'registration_numbers', type: 'jsonb', default: () => "'[]'" })
  registrationNumbers!: RegistrationNumber[];

  @Column({ name: 'bank_details', type: 'jsonb', nullable: true })
  bankDetails!: BankDetails | null;

  @Column({ name: 'legal_address', type: 'varchar', length: 500, nullable: true })
  legalAddress!: string | null;

  @Column({ name: 'delivery_address', type: 'varchar', length: 500, nullable: true })
  deliveryAddress!: string | null;

  @OneToMany(() => ClientPhone, (phone) => phone.client, { cascade: true })
  phones!: ClientPhone[];

  @OneToMany(() => ClientEmail, (email) => email.client, { cascade: true })
  emails!: ClientEmail[];

  @OneToMany(() => ClientContact, (contact) => contact.client, { cascade: true })
  contacts!: ClientContact[];

  @Column({ type: 'varchar', length: 64, nullable: true })
  category!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'varchar', length: 16, nullable: true })
  source!: ClientSource | null;

  @Column({ type: 'varchar', length: 16, default: 'lead' })
  status!: ClientStatus;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'clients_manager_fk' })
  manager!: User | null;

  @Column({ name: 'do_not_call', type: 'boolean', default: false })
  doNotCall!: boolean;

  @Column({ name: 'no_marketing', type: 'boolean', default: false })
  noMarketing!: boolean;

  @Column({ name: 'call_consent', type: 'boolean', default: false })
  callConsent!: boolean;

  @Column({ name: 'family_members', type: 'jsonb', default: () => "'[]'" })
  familyMembers!: FamilyMember[];

  @Column({ name: 'important_dates', type: 'jsonb', default: () => "'[]'" })
  importantDates!: ImportantDate[];

  @Column({ name: 'custom_fields', type: 'jsonb', default: () => "'{}'" })
  customFields!: CustomFieldValues;

  @Column({ name: 'last_contact_at', type: 'timestamptz', nullable: true })
  lastContactAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'clients_created_by_fk' })
  createdBy!: User | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'clients_updated_by_fk' })
  updatedBy!: User | null;

  @DeleteDateColumn({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;
}
