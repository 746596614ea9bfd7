import { Inject, Injectable, Logger } from '@nestjs/common';
import { ApplicationConfig } from '@nestjs/core';
import { ApiError } from '@switchboard/contracts';
import { NextFunction, Request, Response } from 'express';
import { SessionAuthenticator } from '../../auth/session-authenticator';
import { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import {
  QUEUE_BOARD_COOKIE,
  QUEUE_BOARD_COOKIE_TTL_SECONDS,
  cookieValue,
  queueBoardKey,
  signQueueBoardCookie,
  verifyQueueBoardCookie,
} from './queue-board-cookie';

/** Under the API's prefix: `/api/admin/queue-board`. */
const BOARD_ROUTE = 'admin/queue-board';
const nowSeconds = () => Math.floor(Date.now() / 1000);

function bearerToken(request: Request): string {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' && token ? token : '';
}

function refuse(response: Response, status: 401 | 403): void {
  const body: ApiError =
    status === 401
      ? { code: 'UNAUTHENTICATED', message: 'Open the queue board from the admin pages of Switchboard' }
      : { code: 'FORBIDDEN', message: 'The queue board is for admins' };
  response.status(status).json(body);
}

/**
 * Who may see Bull Board. A browser that navigates to the board cannot send the bearer token, so an admin's
 * authenticated request first gets a short-lived cookie holding it: signed, HttpOnly (scripts cannot read
 * it), SameSite=Strict (no other site can make the browser send it, so no cross-site job retries or
 * deletions) and scoped to the board's path (the rest of the API never sees it). Every board request checks
 * the session inside again, so logging out, a password change, deactivation or demotion close the board.
 */
@Injectable()
export class QueueBoardAccess {
  private readonly logger = new Logger(QueueBoardAccess.name);
  private readonly key: Buffer;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly application: ApplicationConfig,
    private readonly sessions: SessionAuthenticator,
  ) {
    this.key = queueBoardKey(config.auth.jwtSecret);
  }

  get path(): string {
    const prefix = this.application.getGlobalPrefix().replace(/^\/+|\/+$/g, '');
    return prefix ? `/${prefix}/${BOARD_ROUTE}` : `/${BOARD_ROUTE}`;
  }

  /** Gives the browser of the admin behind this authenticated request the board cookie. */
  grant(userId: string, request: Request, response: Response): void {
    response.cookie(QUEUE_BOARD_COOKIE, signQueueBoardCookie(this.key, bearerToken(request), nowSeconds()), {
      httpOnly: true,
      sameSite: 'strict',
      secure: request.secure || (this.config.publicUrl?.startsWith('https://') ?? false),
      path: this.path,
      maxAge: QUEUE_BOARD_COOKIE_TTL_SECONDS * 1000,
    });
    this.logger.log({ userId }, 'Queue board opened');
  }

  /** Express middleware in front of the board: lets through only a live admin session's board cookie. */
  readonly check = (request: Request, response: Response, next: NextFunction): void => {
    const cookie = cookieValue(request.headers.cookie, QUEUE_BOARD_COOKIE);
    const token = cookie ? verifyQueueBoardCookie(this.key, cookie, nowSeconds()) : null;
    if (!token) return refuse(response, 401);
    this.sessions.authenticate(token).then(
      (user) => (user.role === 'admin' ? next() : refuse(response, 403)),
      () => refuse(response, 401),
    );
  };
}
