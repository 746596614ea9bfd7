import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Client } from './client.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'client_phones' })
@Index('client_phones_e164', ['e164'])
@Index('client_phones_client', ['client'])
export class ClientPhone {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => Client, (client) => client.phones, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'client_id', foreignKeyConstraintName: 'client_phones_client_fk' })
  client!: Client;

  @Column({ type: 'varchar', length: 64, nullable: true })
  label!: string | null;

  /** As typed, for display. */
  @Column({ type: 'varchar', length: 64 })
  original!: string;

  /** Normalized form; the screen-pop look-up goes through its index. */
  @Column({ type: 'varchar', length: 16 })
  e164!: string;
}
