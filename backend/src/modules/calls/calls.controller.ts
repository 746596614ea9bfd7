import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query } from '@nestjs/common';
import { CallRecord, OriginateCallResponse, Page } from '@switchboard/contracts';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { CallOriginator } from './call-originator.service';
import { CallWrapUpService } from './call-wrap-up.service';
import { CallsService } from './calls.service';
import { ListCallsQuery } from './dto/list-calls.query';
import { OriginateCallDto } from './dto/originate-call.dto';
import { WrapUpDto } from './dto/wrap-up.dto';

/** Every signed-in role reads its own calls and places calls from its own phone; `scope=all` is for supervisors. */
@Controller('calls')
export class CallsController {
  constructor(
    private readonly calls: CallsService,
    private readonly originator: CallOriginator,
    private readonly wrapUps: CallWrapUpService,
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

  @Post(':id/wrap-up')
  @HttpCode(HttpStatus.OK)
  wrapUp(
    @UuidParam('id') id: string,
    @Body() dto: WrapUpDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CallRecord> {
    return this.wrapUps.wrapUp(id, dto, user);
  }

  @Get(':id')
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthenticatedUser): Promise<CallRecord> {
    return this.calls.get(id, user);
  }
}
