import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ClientContact } from './client-contact.entity';
import { Client } from './client.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
// The reversed-number index for "last digits" search is an expression index written in the migration.
@Entity({ name: 'client_phones' })
@Index('client_phones_e164_reversed', { synchronize: false })
@Index('client_phones_e164', ['e164'])
@Index('client_phones_client', ['client'])
export class ClientPhone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Client, (client) => client.phones, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_phones_client_fk' })
  client!: Relation<Client>;

  /** Set when the number belongs to a company's contact person; a call from it still finds the company. */
  @ManyToOne(() => ClientContact, (contact) => contact.phones, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'client_phones_contact_fk' })
  contact!: ClientContact | null;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  label!: string | null;

  /** As typed, for display. */
  @Column({ type: 'varchar', length: 64 })
  original!: string;

  /** Normalized form; the screen-pop look-up goes through its index. */
  @Column({ type: 'varchar', length: 16 })
  e164!: string;
}
