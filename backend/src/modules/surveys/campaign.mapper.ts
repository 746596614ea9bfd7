import { Campaign, CampaignCounts } from '@switchboard/contracts';
import { CampaignRecord } from './campaign.entity';

export const NO_ATTEMPTS: CampaignCounts = { scheduled: 0, calling: 0, completed: 0, unreached: 0 };

export function toCampaignView(campaign: CampaignRecord, counts: CampaignCounts = NO_ATTEMPTS): Campaign {
  return {
    id: campaign.id,
    name: campaign.name,
    surveyId: campaign.survey.id,
    surveyName: campaign.survey.name,
    trigger: campaign.trigger,
    delayMinutes: campaign.delayMinutes,
    window: campaign.window,
    maxAttempts: campaign.maxAttempts,
    retryMinutes: campaign.retryMinutes,
    maxConcurrentCalls: campaign.maxConcurrentCalls,
    consentRequired: campaign.consentRequired,
    doNotCall: campaign.doNotCall,
    status: campaign.status,
    counts,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}
