import { Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { Request, Response } from 'express';
import { CurrentUser, Roles } from '../../auth/auth.decorators';
import { AuthenticatedUser } from '../../auth/authenticated-user';
import { QueueBoardAccess } from './queue-board-access';

/** An admin's signed-in console asks for the board cookie, then opens the board in a new tab. */
@Controller('admin/queue-board-sessions')
@Roles('admin')
export class QueueBoardController {
  constructor(private readonly access: QueueBoardAccess) {}

  @Post()
  @HttpCode(204)
  open(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): void {
    this.access.grant(user.id, request, response);
  }
}
