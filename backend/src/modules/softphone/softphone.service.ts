import { Inject, Injectable } from '@nestjs/common';
import { SoftphoneSettingName, SoftphoneSettingsAnswer } from '@switchboard/contracts';
import { AppConfig, SoftphoneConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { renderPjsipAgents } from './pjsip-agents';
import { deriveSipPassword } from './sip-password';
import { NoExtensionError } from '../users/users.errors';
import { UsersService } from '../users/users.service';
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
    private readonly users: UsersService,
  ) {}

  async settingsFor(userId: string): Promise<SoftphoneSettingsAnswer> {
    const missing = this.missingSettings();
    if (missing.length > 0) {
      return { configured: false, missing, simulatedPbx: this.config.pbx.mode === 'simulator' };
    }
    const sip = this.requireConfig();
    const user = await this.users.extensionOwner(userId);
    if (!user) throw new NoExtensionError();
    const { extension } = user;
    return {
      configured: true,
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
    const agents = await this.users.extensionOwners();
    return renderPjsipAgents(
      agents.map(({ extension, displayName }) => ({
        extension,
        displayName,
        password: deriveSipPassword(passwordSecret, extension),
      })),
    );
  }

  private missingSettings(): SoftphoneSettingName[] {
    const { webSocketUrl, domain, passwordSecret } = this.config.softphone;
    const set: [SoftphoneSettingName, string | null][] = [
      ['SIP_WS_URL', webSocketUrl],
      ['SIP_DOMAIN', domain],
      ['SIP_PASSWORD_SECRET', passwordSecret],
    ];
    return set.filter(([, value]) => !value).map(([name]) => name);
  }

  private requireConfig(): ReadySoftphoneConfig {
    const sip = this.config.softphone;
    const { webSocketUrl, domain, passwordSecret } = sip;
    if (!webSocketUrl || !domain || !passwordSecret) throw new SoftphoneNotConfiguredError();
    return { ...sip, webSocketUrl, domain, passwordSecret };
  }
}
