import { User as UserView } from '@switchboard/contracts';
import { User } from './user.entity';

export function toUserView(user: User): UserView {
  return {
    id: user.id,
    login: user.login,
    displayName: user.displayName,
    role: user.role,
    extension: user.extension,
    active: user.active,
    language: user.language,
    createdAt: user.createdAt.toISOString(),
    updatedAt: user.updatedAt.toISOString(),
  };
}
