import { CodedFieldError } from '../../core/http/domain-error';
import { SaveCampaignDto } from './dto/save-campaign.dto';
import { callWindowErrors } from './scheduling/call-window-rules';

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
  return [...errors, ...callWindowErrors(dto.window)];
}
