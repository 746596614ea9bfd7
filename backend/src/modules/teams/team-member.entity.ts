import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, Relation } from 'typeorm';
import { User } from '../users/user.entity';
import { Team } from './team.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
/** A user in a team; a user may be in several. */
@Entity({ name: 'team_members' })
@Index('team_members_user', ['userId'])
export class TeamMember {
  @PrimaryColumn({ name: 'team_id', type: 'uuid', primaryKeyConstraintName: 'team_members_pk' })
  teamId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'team_members_pk' })
  userId!: string;

  @ManyToOne(() => Team, (team) => team.members, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'team_id', foreignKeyConstraintName: 'team_members_team_fk' })
  team!: Relation<Team>;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'team_members_user_fk' })
  user!: Relation<User>;
}
