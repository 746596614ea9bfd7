import { Entity, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { Team } from './team.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
/** A PBX queue a team works; queues belong to the PBX, so the name is kept as it is there. */
@Entity({ name: 'team_queues' })
export class TeamQueue {
  @PrimaryColumn({ name: 'team_id', type: 'uuid', primaryKeyConstraintName: 'team_queues_pk' })
  teamId!: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'team_queues_pk' })
  queue!: string;

  @ManyToOne(() => Team, (team) => team.queues, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_queues_team_fk' })
  team!: Relation<Team>;
}
