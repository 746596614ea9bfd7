import { Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe } from '@nestjs/common';
import { UserSession } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UserSessions } from './user-sessions.service';

/** Admins see where a user is signed in, and sign them out everywhere. */
@Controller('users/:userId/sessions')
@Roles('admin')
export class UserSessionsController {
  constructor(private readonly sessions: UserSessions) {}

  @Get()
  list(@Param('userId', ParseUUIDPipe) userId: string): Promise<UserSession[]> {
    return this.sessions.list(userId, null);
  }

  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  endAll(@Param('userId', ParseUUIDPipe) userId: string): Promise<void> {
    return this.sessions.signOutEverywhere(userId);
  }
}
