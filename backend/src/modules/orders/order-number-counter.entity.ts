import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last order number issued in a year; bumped atomically by INSERT ... ON CONFLICT. */
@Entity({ name: 'order_number_counters' })
export class OrderNumberCounter {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  last!: number;
}
