import { Campaign, CampaignStatus } from '@switchboard/contracts';

import { ConfirmDialogData } from '../../../shared/confirm-dialog/confirm-dialog';
import { CampaignAction } from '../surveys-api.service';

/** What a campaign in each status may do next; a stopped campaign is over. */
const NEXT: Record<CampaignStatus, CampaignAction[]> = {
  draft: ['start'],
  running: ['pause', 'stop'],
  paused: ['resume', 'stop'],
  stopped: [],
};

export const ACTION_ICONS: Record<CampaignAction, string> = {
  start: 'play_arrow',
  pause: 'pause',
  resume: 'play_arrow',
  stop: 'stop',
};

export function actionsFor(status: CampaignStatus): CampaignAction[] {
  return NEXT[status];
}

/** Only a manual campaign takes clients by hand, and only until it is stopped. */
export function takesClients(campaign: Campaign): boolean {
  return campaign.trigger.kind === 'manual' && campaign.status !== 'stopped';
}

/** Stopping cannot be taken back: the calls still scheduled are dropped. */
export function stopQuestion(campaign: Campaign): ConfirmDialogData {
  return {
    title: 'surveys.campaigns.stopTitle',
    titleParams: { name: campaign.name },
    text: 'surveys.campaigns.stopText',
    confirmLabel: 'surveys.campaigns.actions.stop',
    testId: 'campaign-stop',
  };
}
