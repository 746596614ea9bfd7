import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { FunnelColumn, Order, OrderSummary, Page, StageTransition } from '@switchboard/contracts';
import { CurrentUser } from '../../core/auth/auth.decorators';
import { AuthenticatedUser } from '../../core/auth/authenticated-user';
import { UuidParam } from '../../core/http/uuid-param';
import { CreateOrderDto } from './dto/create-order.dto';
import { ListOrdersQuery } from './dto/list-orders.query';
import { MoveOrderDto } from './dto/move-order.dto';
import { UpdateOrderDto } from './dto/update-order.dto';
import { OrderTransitionsService } from './order-transitions.service';
import { OrdersListService } from './orders-list.service';
import { OrdersService } from './orders.service';

/** Every signed-in role sells: operators create and move orders too. */
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly lists: OrdersListService,
    private readonly transitions: OrderTransitionsService,
  ) {}

  @Get()
  list(@Query() query: ListOrdersQuery): Promise<Page<OrderSummary>> {
    return this.lists.list(query);
  }

  @Get('funnel')
  funnel(): Promise<FunnelColumn[]> {
    return this.lists.funnel();
  }

  @Post()
  create(@Body() dto: CreateOrderDto, @CurrentUser() actor: AuthenticatedUser): Promise<Order> {
    return this.orders.create(dto, actor.id);
  }

  @Get(':id')
  get(@UuidParam('id') id: string): Promise<Order> {
    return this.orders.get(id);
  }

  @Patch(':id')
  update(
    @UuidParam('id') id: string,
    @Body() dto: UpdateOrderDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Order> {
    return this.orders.update(id, dto, actor.id);
  }

  @Post(':id/stage')
  @HttpCode(HttpStatus.OK)
  move(
    @UuidParam('id') id: string,
    @Body() dto: MoveOrderDto,
    @CurrentUser() actor: AuthenticatedUser,
  ): Promise<Order> {
    return this.transitions.move(id, dto, actor.id);
  }

  @Get(':id/transitions')
  listTransitions(@UuidParam('id') id: string): Promise<StageTransition[]> {
    return this.transitions.list(id);
  }
}
