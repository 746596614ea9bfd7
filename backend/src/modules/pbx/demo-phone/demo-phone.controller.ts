import { Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { DemoPhoneLine } from '@switchboard/contracts';
import { CurrentUser } from '../../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { DemoPhoneActionParam } from './demo-phone-action.param';
import { DemoPhoneService } from './demo-phone.service';

/**
 * An agent's own demo phone. Any role with an extension, like the neighbouring `/agents/me` routes: whoever the
 * demo PBX rings (an admin who joined a queue too) must be able to answer.
 */
@Controller('demo-phone')
export class DemoPhoneController {
  constructor(private readonly phone: DemoPhoneService) {}

  @Get()
  line(@CurrentUser() user: AuthenticatedUser): DemoPhoneLine {
    return this.phone.line(user);
  }

  @Post(':action')
  @HttpCode(HttpStatus.OK)
  act(
    @Param() { action }: DemoPhoneActionParam,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DemoPhoneLine> {
    return this.phone.act(user, action);
  }
}
