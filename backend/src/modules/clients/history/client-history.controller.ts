import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { HistoryEntry, Page } from '@switchboard/contracts';
import { CurrentUser } from '../../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../../core/auth/authenticated-user';
import { UuidParam } from '../../../core/http/uuid-param';
import { ClientsService } from '../clients.service';
import { ClientHistoryService } from './client-history.service';
import { CreateHistoryEntryDto } from './dto/create-history-entry.dto';
import { ListHistoryQuery } from './dto/list-history.query';

@Controller('clients/:id/history')
export class ClientHistoryController {
  constructor(
    private readonly clients: ClientsService,
    private readonly history: ClientHistoryService,
  ) {}

  @Get()
  async list(@UuidParam('id') id: string, @Query() query: ListHistoryQuery): Promise<Page<HistoryEntry>> {
    await this.clients.get(id);
    return this.history.list(id, query);
  }

  @Post()
  async add(
    @UuidParam('id') id: string,
    @Body() dto: CreateHistoryEntryDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<HistoryEntry> {
    await this.clients.get(id);
    const occurredAt = dto.occurredAt ? new Date(dto.occurredAt) : undefined;
    return this.history.record({
      clientId: id,
      kind: dto.kind,
      authorId: actor.id,
      text: dto.text,
      occurredAt,
    });
  }
}
