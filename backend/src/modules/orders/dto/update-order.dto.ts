import { OmitType, PartialType } from '@nestjs/mapped-types';
import { UpdateOrderRequest } from '@switchboard/contracts';
import { CreateOrderDto } from './create-order.dto';

export class UpdateOrderDto
  extends PartialType(OmitType(CreateOrderDto, ['clientId', 'stage'] as const))
  implements UpdateOrderRequest {}
