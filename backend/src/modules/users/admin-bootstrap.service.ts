import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { DomainError } from '../../core/http/domain-error';
import { User } from './user.entity';
import { UsersService } from './users.service';

const DEFAULT_ADMIN_LOGIN = 'admin';

/** On the first start (no admin yet) creates one from ADMIN_LOGIN/ADMIN_PASSWORD or a random password. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly usersService: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.existsBy({ role: 'admin' })) return;
    const login = this.config.bootstrapAdmin.login ?? DEFAULT_ADMIN_LOGIN;
    const given = this.config.bootstrapAdmin.password;
    const password = given ?? randomBytes(12).toString('base64url');
    try {
      await this.usersService.create({ login, password, displayName: 'Administrator', role: 'admin' });
    } catch (error) {
      // Another instance starting at the same moment created it first.
      if (error instanceof DomainError && error.code === 'LOGIN_TAKEN') return;
      throw error;
    }
    this.logger.log(`Created the first administrator "${login}"`);
    if (!given) this.announce(login, password);
  }

  /** Printed once, straight to the terminal and never into the structured log. */
  private announce(login: string, password: string): void {
    process.stdout.write(
      [
        '',
        '  ┌───────────────────────────────────────────────────────────────┐',
        '  │ First start: an administrator account was created.            │',
        `  │ Login: ${login.padEnd(55)}│`,
        `  │ Password: ${password.padEnd(52)}│`,
        '  │ It is shown only this once; change it after logging in.      │',
        '  └───────────────────────────────────────────────────────────────┘',
        '',
      ].join('\n') + '\n',
    );
  }
}
