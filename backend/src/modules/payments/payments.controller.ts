import { Body, Controller, Get, Post } from '@nestjs/common';
import { ClientFinance, Payment } from '@switchboard/contracts';
import { CurrentUser, Roles } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { ClientsService } from '../clients/clients.service';
import { RecordPaymentDto, RefundDto } from './dto/payment.dto';
import { FinanceService } from './finance.service';
import { PaymentsService } from './payments.service';

@Controller()
export class PaymentsController {
  constructor(
    private readonly payments: PaymentsService,
    private readonly finance: FinanceService,
    private readonly clients: ClientsService,
  ) {}

  @Post('orders/:id/payments')
  record(
    @UuidParam('id') id: string,
    @Body() dto: RecordPaymentDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Payment> {
    return this.payments.record(id, dto, actor.id);
  }

  @Get('orders/:id/payments')
  list(@UuidParam('id') id: string): Promise<Payment[]> {
    return this.payments.list(id);
  }

  @Post('orders/:id/refunds')
  @Roles('supervisor', 'admin')
  refund(
    @UuidParam('id') id: string,
    @Body() dto: RefundDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Payment> {
    return this.payments.refund(id, dto, actor.id);
  }

  @Get('clients/:id/finance')
  async clientFinance(@UuidParam('id') id: string): Promise<ClientFinance> {
    await this.clients.get(id);
    return this.finance.client(id);
  }
}
