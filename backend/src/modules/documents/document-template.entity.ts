import { DocumentKind, Language } from '@switchboard/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../users/user.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
@Entity({ name: 'document_templates' })
export class DocumentTemplateRecord {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: DocumentKind;

  @PrimaryColumn({ type: 'varchar', length: 2 })
  language!: Language;

  @Column({ type: 'varchar', length: 128 })
  name!: string;

  /** Handlebars HTML. */
  @Column({ type: 'text' })
  body!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'document_templates_updated_by_fk' })
  updatedBy!: User | null;
}
