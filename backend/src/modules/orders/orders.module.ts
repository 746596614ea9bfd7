import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrdersMergeListener } from './orders-merge.listener';
import { BonusesModule } from '../bonuses/bonuses.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ClientsModule } from '../clients/clients.module';
import { OrderInstallment } from './order-installment.entity';
import { OrderItemRecord } from './order-item.entity';
import { OrderNumberCounter } from './order-number-counter.entity';
import { OrderStageTotal } from './order-stage-total.entity';
import { OrderStageAutomationListener } from './order-stage-automation.listener';
import { OrderStageRecord } from './order-stage.entity';
import { OrderStagesController } from './order-stages.controller';
import { OrderStagesService } from './order-stages.service';
import { OrderTransition } from './order-transition.entity';
import { OrderTransitionsService } from './order-transitions.service';
import { OrderRecord } from './order.entity';
import { OrdersListService } from './orders-list.service';
import { OrdersController } from './orders.controller';
import { OrdersService } from './orders.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrderRecord,
      OrderItemRecord,
      OrderInstallment,
      OrderStageRecord,
      OrderTransition,
      OrderNumberCounter,
      OrderStageTotal,
    ]),
    ClientsModule,
    CatalogueModule,
    BonusesModule,
  ],
  controllers: [OrdersController, OrderStagesController],
  providers: [
    OrdersMergeListener,
    OrderStageAutomationListener,
    OrdersService,
    OrderTransitionsService,
    OrdersListService,
    OrderStagesService,
  ],
  exports: [OrdersService, OrderStagesService],
})
export class OrdersModule {}
