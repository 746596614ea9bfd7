import { UserRef } from '../clients/client';

/** A group of agents and their supervisors working some queues; supervisors see only their teams. */
export interface Team {
  id: string;
  name: string;
  /** Members of any role; the team's supervisors are its members with the supervisor role. */
  members: (UserRef & { role: 'operator' | 'supervisor' | 'admin' })[];
  queues: string[];
  createdAt: string;
  updatedAt: string;
}

export interface SaveTeamRequest {
  name: string;
  memberIds: string[];
  queues: string[];
}
