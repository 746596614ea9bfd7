import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../users/user.entity';
import { CallEntity } from '../call.entity';

// TypeORM assigns every column when it loads a row, hence the definite-assignment `!`s.
/** Who played which call's recording, when and from where: one row per press of play. */
@Entity({ name: 'recording_playbacks' })
@Index('recording_playbacks_call', ['callId', 'playedAt'])
export class RecordingPlaybackRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'recording_playbacks_pk' })
  id!: string;

  @ManyToOne(() => CallEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'call_id', foreignKeyConstraintName: 'recording_playbacks_call_fk' })
  call!: CallEntity;

  @Column({ name: 'call_id', type: 'uuid' })
  callId!: string;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'recording_playbacks_user_fk' })
  user!: User;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @CreateDateColumn({ name: 'played_at', type: 'timestamptz' })
  playedAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  address!: string | null;
}
