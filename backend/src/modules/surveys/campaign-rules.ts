import { CodedFieldError } from '../../core/http/domain-error';
import { SaveCampaignDto } from './dto/save-campaign.dto';
import { isTimeZone } from './scheduling/client-time-zone';

/** What the field decorators cannot see: the trigger's stage, the window's order and zone. */
export function campaignRuleErrors(dto: SaveCampaignDto): CodedFieldError[] {
  const errors: CodedFieldError[] = [];
  if (dto.trigger.kind === 'orderStage' && !dto.trigger.stageId) {
    errors.push({
      field: 'trigger.stageId',
      code: 'REQUIRED',
      reason: 'is required for an order-stage trigger',
    });
  }
  if (dto.window.from >= dto.window.to) {
    errors.push({ field: 'window.to', code: 'INVALID', reason: 'must be later than the window opens' });
  }
  if (dto.window.days.length === 0) {
    errors.push({ field: 'window.days', code: 'REQUIRED', reason: 'needs at least one weekday' });
  }
  if (!isTimeZone(dto.window.timeZone)) {
    errors.push({ field: 'window.timeZone', code: 'INVALID', reason: 'is not a known time zone' });
  }
  return errors;
}
