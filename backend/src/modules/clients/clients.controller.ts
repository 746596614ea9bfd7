import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { Client, ClientSummary, DuplicateCheckResponse, Page } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { ClientsService } from './clients.service';
import { CreateClientDto } from './dto/create-client.dto';
import { ListClientsQuery } from './dto/list-clients.query';
import { UpdateClientDto } from './dto/update-client.dto';
import { ClientsMergeService } from './merge/clients-merge.service';
import { ClientDuplicatesService } from './merge/client-duplicates.service';
import { DuplicateCheckDto } from './merge/dto/duplicate-check.dto';
import { MergeClientsDto } from './merge/dto/merge-clients.dto';
import { ClientsSearchService } from './search/clients-search.service';

/** Every signed-in role reads and edits clients; removing and merging them is for supervisors and admins. */
@Controller('clients')
export class ClientsController {
  constructor(
    private readonly clients: ClientsService,
    private readonly search: ClientsSearchService,
    private readonly duplicates: ClientDuplicatesService,
    private readonly merging: ClientsMergeService,
  ) {}

  @Get()
  list(@Query() query: ListClientsQuery): Promise<Page<ClientSummary>> {
    return this.search.list(query);
  }

  @Post()
  create(@Body() dto: CreateClientDto, @CurrentUser() actor: AuthenticatedUser): Promise<Client> {
    return this.clients.create(dto, actor.id);
  }

  @Post('duplicates')
  @HttpCode(HttpStatus.OK)
  findDuplicates(@Body() dto: DuplicateCheckDto): Promise<DuplicateCheckResponse> {
    return this.duplicates.find(dto);
  }

  @Get('by-phone/:number')
  byPhone(@Param('number') number: string): Promise<Client> {
    return this.clients.findByPhone(number);
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<Client> {
    return this.clients.get(id);
  }

  @Patch(':id')
  update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateClientDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Client> {
    return this.clients.update(id, dto, actor.id);
  }

  @Delete(':id')
  @Roles('supervisor', 'admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  remove(@UuidParam('id') id: string, @CurrentUser() actor: AuthenticatedUser): Promise<void> {
    return this.clients.remove(id, actor.id);
  }

  @Post(':id/restore')
  @Roles('supervisor', 'admin')
  @HttpCode(HttpStatus.OK)
  restore(@UuidParam('id') id: string, @CurrentUser() actor: AuthenticatedUser): Promise<Client> {
    return this.clients.restore(id, actor.id);
  }

  @Post(':id/merge')
  @Roles('supervisor', 'admin')
  @HttpCode(HttpStatus.OK)
  merge(
    @UuidParam('id') id: string,
    @Body() dto: MergeClientsDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Client> {
    return this.merging.merge(id, dto.sourceId, actor.id);
  }
}
