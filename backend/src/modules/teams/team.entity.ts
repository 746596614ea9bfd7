import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { TeamMember } from './team-member.entity';
import { TeamQueue } from './team-queue.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
// Names are unique whatever their case: an expression index on lower(name), written in the migration.
@Entity({ name: 'teams' })
@Index('teams_name_unique', { synchronize: false })
export class Team {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'teams_pk' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  @OneToMany(() => TeamMember, (member) => member.team)
  members!: Relation<TeamMember>[];

  @OneToMany(() => TeamQueue, (queue) => queue.team)
  queues!: Relation<TeamQueue>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
