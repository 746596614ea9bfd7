import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserSession } from '@switchboard/contracts';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { AppConfig } from '../../core/config/app-config';
import { APP_CONFIG } from '../../core/config/config.module';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { OnDomainEvent } from '../../core/events/on-domain-event';
import { UserSessionsRevokedEvent } from '../../core/events/domain-events';
import { UserSessionRecord } from './user-session.entity';

/** How stale `last used` may get: a session used all day is written once in this long, not per request. */
const TOUCH_AFTER_MS = 5 * 60_000;

/** Where a sign-in came from, as the request tells it. */
export interface SessionOrigin {
  userAgent?: string;
  address?: string;
}

/**
 * Sign-in sessions. Each access token names one, and counts only while it is live: signing out, signing out
 * everywhere, a password change (for the other sessions) or an admin ends it at once, not when the token expires.
 */
@Injectable()
export class UserSessions {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: DomainEventBus,
  ) {}

  async start(userId: string, origin: SessionOrigin, now = new Date()): Promise<string> {
    const session = await this.db.manager.save(UserSessionRecord, {
      userId,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + this.config.auth.jwtTtlSeconds * 1000),
      userAgent: origin.userAgent?.slice(0, 300) ?? null,
      // An IPv4 client of a dual-stack socket arrives as ::ffff:a.b.c.d.
      address: origin.address?.replace(/^::ffff:/, '').slice(0, 64) ?? null,
    });
    return session.id;
  }

  /** Whether the session is the user's and still live; notes its use now and then. */
  async live(sessionId: string, userId: string, now = new Date()): Promise<boolean> {
    const session = await this.db.manager.findOneBy(UserSessionRecord, {
      id: sessionId,
      userId,
      revokedAt: IsNull(),
      expiresAt: MoreThan(now),
    });
    if (!session) return false;
    if (now.getTime() - session.lastUsedAt.getTime() > TOUCH_AFTER_MS) {
      await this.db.manager.update(UserSessionRecord, { id: sessionId }, { lastUsedAt: now });
    }
    return true;
  }

  /** The user's live sessions, the newest first; `current` marks the asking one. */
  async list(userId: string, currentId: string | null, now = new Date()): Promise<UserSession[]> {
    const sessions = await this.db.manager.find(UserSessionRecord, {
      where: { userId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
      order: { createdAt: 'DESC' },
    });
    return sessions.map((session) => ({
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      lastUsedAt: session.lastUsedAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      userAgent: session.userAgent,
      address: session.address,
      current: session.id === currentId,
    }));
  }

  /** Ends one session of the user; false when there was no such live session. */
  async end(userId: string, sessionId: string): Promise<boolean> {
    const ended = await this.db.manager.update(
      UserSessionRecord,
      { id: sessionId, userId, revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    return Boolean(ended.affected);
  }

  /** Ends every session of the user but `keepId`; returns how many. */
  async endAll(userId: string, keepId?: string): Promise<number> {
    const ended = await this.db.manager.update(
      UserSessionRecord,
      { userId, revokedAt: IsNull(), ...(keepId ? { id: Not(keepId) } : {}) },
      { revokedAt: new Date() },
    );
    return ended.affected ?? 0;
  }

  /** Ends every session of the user (through `revoked`), and their open browsers go to the sign-in page. */
  async signOutEverywhere(userId: string): Promise<void> {
    await this.events.emitAsync('user.sessionsRevoked', { userId, reason: 'signed-out' });
  }

  /** A deactivation or an admin's password reset ends every session of the user. */
  @OnDomainEvent('user.sessionsRevoked', { promisify: true })
  async revoked({ userId }: UserSessionsRevokedEvent): Promise<void> {
    await this.endAll(userId);
  }
}
