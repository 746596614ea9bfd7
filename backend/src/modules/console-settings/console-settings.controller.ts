import { Body, Controller, Get, Put } from '@nestjs/common';
import { ConsoleSettings } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { ConsoleSettingsService } from './console-settings.service';
import { UpdateConsoleSettingsDto } from './dto/update-console-settings.dto';

/** Every console reads the settings; only admins change them. */
@Controller('console-settings')
export class ConsoleSettingsController {
  constructor(private readonly settings: ConsoleSettingsService) {}

  @Get()
  get(): Promise<ConsoleSettings> {
    return this.settings.get();
  }

  @Put()
  @Roles('admin')
  update(@Body() dto: UpdateConsoleSettingsDto): Promise<ConsoleSettings> {
    return this.settings.update(dto);
  }
}
