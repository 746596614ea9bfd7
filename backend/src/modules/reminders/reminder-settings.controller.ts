import { Body, Controller, Get, Put } from '@nestjs/common';
import { ReminderSettings } from '@switchboard/contracts';
import { Roles } from '../../core/auth/auth.decorators';
import { UpdateReminderSettingsDto } from './dto/update-reminder-settings.dto';
import { ReminderSettingsService } from './reminder-settings.service';

/** The reminder calls' rules; admins only. */
@Controller('reminders/settings')
@Roles('admin')
export class ReminderSettingsController {
  constructor(private readonly settings: ReminderSettingsService) {}

  @Get()
  get(): Promise<ReminderSettings> {
    return this.settings.get();
  }

  @Put()
  update(@Body() dto: UpdateReminderSettingsDto): Promise<ReminderSettings> {
    return this.settings.update(dto);
  }
}
