import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Ip,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { LoginResponse, User, UserSession } from '@switchboard/contracts';
import { CurrentUser, Public } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UsersService } from '../users/users.service';
import { AuthService } from './auth.service';
import { SessionNotFoundError } from './auth.errors';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { UserSessions } from './user-sessions.service';

@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly sessions: UserSessions,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  login(
    @Body() dto: LoginDto,
    @Ip() address: string,
    @Headers('user-agent') userAgent: string | undefined,
  ): Promise<LoginResponse> {
    return this.auth.login(dto.login, dto.password, { address, userAgent });
  }

  /** Ends this session: its token is refused from now on. */
  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  async logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.sessions.end(user.id, user.sessionId);
  }

  @Get('sessions')
  mySessions(@CurrentUser() user: AuthenticatedUser): Promise<UserSession[]> {
    return this.sessions.list(user.id, user.sessionId);
  }

  /** Signs out everywhere, this session included. */
  @Delete('sessions')
  @HttpCode(HttpStatus.NO_CONTENT)
  endMySessions(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    return this.sessions.signOutEverywhere(user.id);
  }

  @Delete('sessions/:sessionId')
  @HttpCode(HttpStatus.NO_CONTENT)
  async endMySession(
    @CurrentUser() user: AuthenticatedUser,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
  ): Promise<void> {
    if (!(await this.sessions.end(user.id, sessionId))) throw new SessionNotFoundError(sessionId);
  }

  @Get('me')
  me(@CurrentUser() user: AuthenticatedUser): Promise<User> {
    return this.users.get(user.id);
  }

  @Patch('me')
  updateProfile(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateProfileDto): Promise<User> {
    return this.users.updateProfile(user.id, dto);
  }

  /** The new password ends every other session; this one stays signed in. */
  @Post('me/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  async changePassword(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: ChangePasswordDto,
  ): Promise<void> {
    await this.users.changeOwnPassword(user.id, dto.currentPassword, dto.newPassword);
    await this.sessions.endAll(user.id, user.sessionId);
  }
}
