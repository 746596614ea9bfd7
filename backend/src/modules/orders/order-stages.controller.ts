import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { OrderStage } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UuidParam } from '../../core/http/uuid-param';
import { SaveOrderStageDto, UpdateOrderStageDto } from './dto/order-stage.dto';
import { OrderStagesService } from './order-stages.service';

/** Everyone sees the funnel's stages; admins configure them. */
@Controller('order-stages')
export class OrderStagesController {
  constructor(private readonly stages: OrderStagesService) {}

  @Get()
  list(): Promise<OrderStage[]> {
    return this.stages.list();
  }

  @Post()
  @Roles('admin')
  create(@Body() dto: SaveOrderStageDto): Promise<OrderStage> {
    return this.stages.create(dto);
  }

  @Patch(':id')
  @Roles('admin')
  update(@UuidParam('id') id: string, @Body() dto: UpdateOrderStageDto): Promise<OrderStage> {
    return this.stages.update(id, dto);
  }
}
