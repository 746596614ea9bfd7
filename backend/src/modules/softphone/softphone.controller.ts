import { Controller, Get, Header, Res } from '@nestjs/common';
import { SoftphoneSettingsAnswer } from '@switchboard/contracts';
import { Response } from 'express';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { SoftphoneService } from './softphone.service';

/** An agent reads their own softphone settings; the PJSIP file carries every password, so admins only. */
@Controller('softphone')
export class SoftphoneController {
  constructor(private readonly softphone: SoftphoneService) {}

  @Get('settings')
  @Header('cache-control', 'no-store')
  settings(@CurrentUser() user: AuthenticatedUser): Promise<SoftphoneSettingsAnswer> {
    return this.softphone.settingsFor(user.id);
  }

  /** The type is set only on success: a `@Header` would also label the JSON error as plain text. */
  @Get('pjsip-agents')
  @Roles('admin')
  @Header('cache-control', 'no-store')
  async pjsipAgents(@Res({ passthrough: true }) response: Response): Promise<string> {
    const text = await this.softphone.pjsipAgents();
    response.type('text/plain');
    return text;
  }
}
