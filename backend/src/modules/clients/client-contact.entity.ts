import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { ClientPhone } from './client-phone.entity';
import { Client } from './client.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'client_contacts' })
@Index('client_contacts_client', ['client'])
export class ClientContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Client, (client) => client.contacts, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_contacts_client_fk' })
  client!: Relation<Client>;

  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'job_title', type: 'varchar', length: 128, nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** Saved through the client's own phone list, so one index serves every number. */
  @OneToMany(() => ClientPhone, (phone) => phone.contact)
  phones!: ClientPhone[];
}
