import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number issued for a document kind in a year; bumped atomically by INSERT ... ON CONFLICT. */
@Entity({ name: 'document_number_counters' })
export class DocumentNumberCounter {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  last!: number;
}
