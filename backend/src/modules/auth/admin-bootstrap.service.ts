import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Language } from '@switchboard/contracts';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { DomainError } from '../../core/http/domain-error';
import { UsersService } from '../users/users.service';
import { credentialsBox } from './credentials-box';

const DEFAULT_ADMIN_LOGIN = 'admin';
/**
 * The first admin's name in the installation's language. A person's name is not translated for each
 * reader, so it is written once in the language the installation speaks; the admin may rename it.
 */
const ADMIN_NAMES: Record<Language, string> = {
  en: 'Administrator',
  ru: 'Администратор',
  uk: 'Адміністратор',
};

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
      const language = this.config.defaultLanguage;
      const displayName = ADMIN_NAMES[language];
      await this.users.create({ login, password, displayName, role: 'admin', language });
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
