import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { Client } from '@switchboard/contracts';
import { ClientsService } from './clients.service';
import { CreateClientDto } from './dto/create-client.dto';

/** Every signed-in role works with clients; finer rights come with access rules. */
@Controller('clients')
export class ClientsController {
  constructor(private readonly clients: ClientsService) {}

  @Post()
  create(@Body() dto: CreateClientDto): Promise<Client> {
    return this.clients.create(dto);
  }

  @Get('by-phone/:number')
  byPhone(@Param('number') number: string): Promise<Client> {
    return this.clients.findByPhone(number);
  }
}
