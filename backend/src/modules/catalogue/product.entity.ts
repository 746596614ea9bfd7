import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { minorUnits } from '../../core/database/minor-units.transformer';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'products' })
@Index('products_name', ['name'])
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sku!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pcs' })
  unit!: string;

  /** VAT included, in minor units. */
  @Column({ name: 'price_minor', type: 'bigint', transformer: minorUnits })
  priceMinor!: number;

  @Column({ name: 'vat_rate', type: 'smallint', default: 20 })
  vatRate!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
