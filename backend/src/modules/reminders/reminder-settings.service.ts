import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ReminderSettings } from '@switchboard/contracts';
import { Repository } from 'typeorm';
import { ValidationFailedError } from '../../core/http/domain-error';
import { callWindowErrors } from '../surveys/scheduling/call-window-rules';
import { UpdateReminderSettingsDto } from './dto/update-reminder-settings.dto';
import { DEFAULT_REMINDER_SETTINGS } from './reminder-defaults';
import { ReminderSettingsRecord } from './reminder-settings.entity';

const ROW = 1;

/** The admins' reminder rules; the migration stores the first row (everything off). */
@Injectable()
export class ReminderSettingsService {
  constructor(
    @InjectRepository(ReminderSettingsRecord) private readonly settings: Repository<ReminderSettingsRecord>,
  ) {}

  /** Rules saved before a setting existed read it as its default. */
  async get(): Promise<ReminderSettings> {
    return { ...DEFAULT_REMINDER_SETTINGS, ...(await this.settings.findOneByOrFail({ id: ROW })).rules };
  }

  async update(dto: UpdateReminderSettingsDto): Promise<ReminderSettings> {
    const { window } = dto;
    const errors = callWindowErrors(window);
    if (errors.length > 0) throw new ValidationFailedError(errors);
    const rules: ReminderSettings = {
      instalmentDue: { enabled: dto.instalmentDue.enabled, daysBefore: dto.instalmentDue.daysBefore },
      instalmentOverdue: {
        enabled: dto.instalmentOverdue.enabled,
        daysAfter: dto.instalmentOverdue.daysAfter,
      },
      tasks: { enabled: dto.tasks.enabled, hoursBefore: dto.tasks.hoursBefore },
      window: {
        from: window.from,
        to: window.to,
        days: [...window.days].sort((a, b) => a - b),
        timeZone: window.timeZone,
      },
      maxAttempts: dto.maxAttempts,
      retryMinutes: { ...dto.retryMinutes },
      consentRequired: dto.consentRequired,
      operatorQueue: dto.operatorQueue,
      maxConcurrentCalls: dto.maxConcurrentCalls,
    };
    await this.settings.update({ id: ROW }, { rules });
    return rules;
  }
}
