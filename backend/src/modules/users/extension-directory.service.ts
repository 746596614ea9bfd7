import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UserRole } from '@switchboard/contracts';
import { DataSource } from 'typeorm';
import { DomainEventBus } from '../../core/events/domain-event-bus';
import { OnDomainEvent } from '../../core/events/on-domain-event';

export interface ExtensionOwner {
  id: string;
  displayName: string;
  role: UserRole;
  extension: string;
}

/**
 * Which active user owns each SIP extension, kept in memory: every PBX event names agents by extension,
 * and the screen-pop must not wait for a query to know whom to pop. Reloaded whenever a user is saved.
 */
@Injectable()
export class ExtensionDirectory implements OnApplicationBootstrap {
  private byExtension = new Map<string, ExtensionOwner>();
  private byUser = new Map<string, ExtensionOwner>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: DomainEventBus,
  ) {}

  onApplicationBootstrap(): Promise<void> {
    return this.reload();
  }

  @OnDomainEvent('user.saved', { promisify: true })
  async reload(): Promise<void> {
    const owners = (await this.db.query(
      `SELECT id, display_name AS "displayName", role, extension
         FROM users WHERE active AND extension IS NOT NULL`,
    )) as ExtensionOwner[];
    this.byExtension = new Map(owners.map((owner) => [owner.extension, owner]));
    this.byUser = new Map(owners.map((owner) => [owner.id, owner]));
    this.events.emit('extensions.reloaded', { owners: owners.length });
  }

  owner(extension: string): ExtensionOwner | null {
    return this.byExtension.get(extension) ?? null;
  }

  extensionOf(userId: string): string | null {
    return this.byUser.get(userId)?.extension ?? null;
  }

  isAgent(extension: string): boolean {
    return this.byExtension.has(extension);
  }

  extensions(): string[] {
    return [...this.byExtension.keys()];
  }
}
