import { Body, Controller, Get, Put } from '@nestjs/common';
import { SelfServiceRouting } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UpdateSelfServiceRoutingDto } from './dto/update-selfservice-routing.dto';
import { SelfServiceSettingsService } from './selfservice-settings.service';

/** The self-service menu's routing of debtors and VIP callers; admins only. */
@Controller('selfservice/routing')
@Roles('admin')
export class SelfServiceSettingsController {
  constructor(private readonly settings: SelfServiceSettingsService) {}

  @Get()
  get(): Promise<SelfServiceRouting> {
    return this.settings.routing();
  }

  @Put()
  update(@Body() dto: UpdateSelfServiceRoutingDto): Promise<SelfServiceRouting> {
    return this.settings.update(dto);
  }
}
