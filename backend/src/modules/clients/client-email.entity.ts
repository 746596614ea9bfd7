import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Client } from './client.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'client_emails' })
@Index('client_emails_email', ['email'])
@Index('client_emails_email_trgm', { synchronize: false })
@Index('client_emails_client', ['client'])
export class ClientEmail {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Client, (client) => client.emails, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_emails_client_fk' })
  client!: Relation<Client>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  label!: string | null;

  /** Stored lower-case, so look-ups and the duplicate check ignore case. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;
}
