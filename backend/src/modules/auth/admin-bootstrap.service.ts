import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { DomainError } from '../../core/http/domain-error';
import { UsersService } from '../users/users.service';
import { credentialsBox } from './credentials-box';

const DEFAULT_ADMIN_LOGIN = 'admin';

/**
 * On the first start (no admin yet) creates one from ADMIN_LOGIN/ADMIN_PASSWORD or a random password.
 * It lives with sign-in, which only the API loads: the worker never creates the admin or prints its password.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (await this.users.anyAdmin()) return;
    const login = this.config.bootstrapAdmin.login ?? DEFAULT_ADMIN_LOGIN;
    const given = this.config.bootstrapAdmin.password;
    const password = given ?? randomBytes(12).toString('base64url');
    try {
      await this.users.create({ login, password, displayName: 'Administrator', role: 'admin' });
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
    const box = credentialsBox(login, password).map((line) => `  ${line}`);
    process.stdout.write(['', ...box, ''].join('\n') + '\n');
  }
}
