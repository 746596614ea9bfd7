import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SoftphoneSettings } from '@switchboard/contracts';
import { IsNull, Not, Repository } from 'typeorm';
import { AppConfig, SoftphoneConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { User } from '../users/user.entity';
import { renderPjsipAgents } from './pjsip-agents';
import { deriveSipPassword } from './sip-password';
import { NoExtensionError } from '../users/users.errors';
import { SoftphoneNotConfiguredError } from './softphone.errors';

type ReadySoftphoneConfig = SoftphoneConfig & {
  webSocketUrl: string;
  domain: string;
  passwordSecret: string;
};

/** Settings for an agent's browser softphone and the matching PJSIP lines for Asterisk. */
@Injectable()
export class SoftphoneService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    // Read-only look-ups by extension; users are still created and changed only by the users module.
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async settingsFor(userId: string): Promise<SoftphoneSettings> {
    const sip = this.requireConfig();
    const user = await this.users.findOneBy({ id: userId, active: true });
    const extension = user?.extension;
    if (!user || !extension) throw new NoExtensionError();
    return {
      webSocketUrl: sip.webSocketUrl,
      sipUri: `sip:${extension}@${sip.domain}`,
      authorizationUser: extension,
      password: deriveSipPassword(sip.passwordSecret, extension),
      displayName: user.displayName,
      iceServers: sip.iceServers.length > 0 ? [{ urls: sip.iceServers }] : [],
    };
  }

  async pjsipAgents(): Promise<string> {
    const { passwordSecret } = this.requireConfig();
    const users = await this.users.find({
      where: { active: true, extension: Not(IsNull()) },
      order: { extension: 'ASC' },
    });
    return renderPjsipAgents(
      users.flatMap(({ extension, displayName }) =>
        extension ? [{ extension, displayName, password: deriveSipPassword(passwordSecret, extension) }] : [],
      ),
    );
  }

  private requireConfig(): ReadySoftphoneConfig {
    const sip = this.config.softphone;
    const { webSocketUrl, domain, passwordSecret } = sip;
    if (!webSocketUrl || !domain || !passwordSecret) throw new SoftphoneNotConfiguredError();
    return { ...sip, webSocketUrl, domain, passwordSecret };
  }
}
