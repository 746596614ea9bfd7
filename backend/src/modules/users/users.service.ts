import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Page, UpdateProfileRequest, User as UserView, UserRef } from '@switchboard/contracts';
import { Brackets, IsNull, Not, Repository } from 'typeorm';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQuery } from './dto/list-users.query';
import { UpdateUserDto } from './dto/update-user.dto';
import { ExtensionOwner } from './extension-directory.service';
import { PasswordHasher } from './password-hasher';
import { escapeLike } from '../../core/database/sql-params';
import { violatedUniqueIndex } from '../../core/database/unique-violation';
import { User } from './user.entity';
import { toUserView } from './user.mapper';
import {
  ExtensionTakenError,
  LoginTakenError,
  SelfLockoutError,
  UserNotFoundError,
  WrongPasswordError,
} from './users.errors';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { UserSessionsRevokedEvent } from '../../core/events/domain-events';

const asExtensionOwner = ({ id, displayName, role, extension }: User): ExtensionOwner | null =>
  extension ? { id, displayName, role, extension } : null;

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly events: DomainEventBus,
  ) {}

  async get(id: string): Promise<UserView> {
    return toUserView(await this.require(id));
  }

  /** The user a token points at, or null when it is gone. */
  findById(id: string): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Whether any admin exists (none on a first start). */
  anyAdmin(): Promise<boolean> {
    return this.users.existsBy({ role: 'admin' });
  }

  /** Whether `id` is an active user, as a client's manager must be. */
  isActive(id: string): Promise<boolean> {
    return this.users.existsBy({ id, active: true });
  }

  /** The active user `id` with the extension they answer on; null when inactive or without one. */
  async extensionOwner(id: string): Promise<ExtensionOwner | null> {
    const user = await this.users.findOneBy({ id, active: true, extension: Not(IsNull()) });
    return user && asExtensionOwner(user);
  }

  /** Every active user with an extension, by extension: the agents' phone lines. */
  async extensionOwners(): Promise<ExtensionOwner[]> {
    const users = await this.users.find({
      where: { active: true, extension: Not(IsNull()) },
      order: { extension: 'ASC' },
    });
    return users.flatMap((user) => asExtensionOwner(user) ?? []);
  }

  /** Active users by name, for pickers. */
  async directory(): Promise<UserRef[]> {
    const users = await this.users.find({ where: { active: true }, order: { displayName: 'ASC' } });
    return users.map(({ id, displayName }) => ({ id, displayName }));
  }

  async list(query: ListUsersQuery): Promise<Page<UserView>> {
    const builder = this.users.createQueryBuilder('user').orderBy('user.login', 'ASC');
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where
            .where('user.login ILIKE :pattern', { pattern })
            .orWhere('user.displayName ILIKE :pattern', { pattern })
            .orWhere('user.extension LIKE :pattern', { pattern }),
        ),
      );
    }
    if (query.role) builder.andWhere('user.role = :role', { role: query.role });
    if (query.active !== undefined) builder.andWhere('user.active = :active', { active: query.active });
    const [rows, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: rows.map(toUserView), total, page: query.page, pageSize: query.pageSize };
  }

  async create(dto: CreateUserDto): Promise<UserView> {
    const user = this.users.create({
      login: dto.login.toLowerCase(),
      displayName: dto.displayName,
      role: dto.role,
      extension: dto.extension || null,
      language: dto.language,
      passwordHash: await this.hasher.hash(dto.password),
    });
    return toUserView(await this.save(user));
  }

  async update(id: string, dto: UpdateUserDto, actorId: string): Promise<UserView> {
    if (id === actorId && (dto.active === false || (dto.role && dto.role !== 'admin'))) {
      throw new SelfLockoutError();
    }
    const user = await this.require(id);
    const deactivated = user.active && dto.active === false;
    Object.assign(user, {
      displayName: dto.displayName ?? user.displayName,
      role: dto.role ?? user.role,
      active: dto.active ?? user.active,
      language: dto.language ?? user.language,
      extension: dto.extension === undefined ? user.extension : dto.extension || null,
      tokenVersion: deactivated ? user.tokenVersion + 1 : user.tokenVersion,
    });
    const saved = await this.save(user);
    if (deactivated) await this.revokeSessions(id, 'deactivated');
    return toUserView(saved);
  }

  async resetPassword(id: string, password: string): Promise<void> {
    const user = await this.require(id);
    await this.users.update(id, {
      passwordHash: await this.hasher.hash(password),
      tokenVersion: user.tokenVersion + 1,
    });
    await this.revokeSessions(id, 'password-reset');
  }

  async updateProfile(id: string, profile: UpdateProfileRequest): Promise<UserView> {
    const user = await this.require(id);
    Object.assign(user, {
      displayName: profile.displayName ?? user.displayName,
      language: profile.language ?? user.language,
    });
    return toUserView(await this.save(user));
  }

  async changeOwnPassword(id: string, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.users.findOne({ where: { id }, select: { id: true, passwordHash: true } });
    if (!user) throw new UserNotFoundError(id);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) throw new WrongPasswordError();
    await this.users.update(id, { passwordHash: await this.hasher.hash(newPassword) });
  }

  /** The active user with this login and password, or null; equally slow either way. */
  async verifyCredentials(login: string, password: string): Promise<User | null> {
    const user = await this.users
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.login = :login AND user.active', { login: login.trim().toLowerCase() })
      .getOne();
    if (!user) return this.hasher.verifyAgainstNothing(password).then(() => null);
    return (await this.hasher.verify(user.passwordHash, password)) ? user : null;
  }

  private async require(id: string): Promise<User> {
    const user = await this.findById(id);
    if (!user) throw new UserNotFoundError(id);
    return user;
  }

  private async save(user: User): Promise<User> {
    try {
      const saved = await this.users.save(user);
      await this.events.emitAsync('user.saved', {
        userId: saved.id,
        role: saved.role,
      });
      return saved;
    } catch (error) {
      const index = violatedUniqueIndex(error);
      if (index === 'users_login_unique') throw new LoginTakenError(user.login);
      if (index === 'users_extension_unique') throw new ExtensionTakenError(user.extension ?? '');
      throw error;
    }
  }

  /** Waits for the sessions to end, so the answer to the admin comes once they have. */
  private revokeSessions(userId: string, reason: UserSessionsRevokedEvent['reason']): Promise<void> {
    return this.events.emitAsync('user.sessionsRevoked', { userId, reason });
  }
}
