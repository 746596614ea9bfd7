import { Team as TeamView } from '@switchboard/contracts';
import { Team } from './team.entity';

/** A team loaded with `members.user` and `queues`: members by name, queues alphabetically. */
export function toTeamView(team: Team): TeamView {
  return {
    id: team.id,
    name: team.name,
    members: team.members
      .map(({ user }) => ({ id: user.id, displayName: user.displayName, role: user.role }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id.localeCompare(b.id)),
    queues: team.queues.map(({ queue }) => queue).sort(),
    createdAt: team.createdAt.toISOString(),
    updatedAt: team.updatedAt.toISOString(),
  };
}
