import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BonusesModule } from '../bonuses/bonuses.module';
import { ClientsModule } from '../clients/clients.module';
import { OrdersModule } from '../orders/orders.module';
import { DebtorsController } from './debtors.controller';
import { DebtorsService } from './debtors.service';
import { FinanceService } from './finance.service';
import { PaymentRecord } from './payment.entity';
import { PaymentsController } from './payments.controller';
import { PaymentsService } from './payments.service';

@Module({
  imports: [TypeOrmModule.forFeature([PaymentRecord]), OrdersModule, BonusesModule, ClientsModule],
  controllers: [PaymentsController, DebtorsController],
  providers: [PaymentsService, FinanceService, DebtorsService],
  exports: [FinanceService],
})
export class PaymentsModule {}
