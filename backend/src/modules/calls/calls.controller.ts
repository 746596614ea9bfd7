import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { CallRecord, OriginateCallResponse, Page } from '@switchboard/contracts';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { CallOriginator } from './call-originator.service';
import { CallsService } from './calls.service';
import { ListCallsQuery } from './dto/list-calls.query';
import { OriginateCallDto } from './dto/originate-call.dto';

/** Every signed-in role reads its own calls and places calls from its own phone; `scope=all` is for supervisors. */
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly originator: CallOriginator,
  ) {}

  @Get()
  list(@Query() query: ListCallsQuery, @CurrentUser() user: AuthenticatedUser): Promise<Page<CallRecord>> {
    return this.calls.list(query, user);
  }

  @Post('originate')
  originate(
    @Body() dto: OriginateCallDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OriginateCallResponse> {
    return this.originator.originate(dto, user);
  }

  @Get(':id')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<CallRecord> {
    return this.calls.get(id, user);
  }
}
