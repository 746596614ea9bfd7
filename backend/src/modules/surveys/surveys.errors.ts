import { DomainError } from '../../core/http/domain-error';

export class SurveyNotFoundError extends DomainError {
  constructor(id: string) {
    super('SURVEY_NOT_FOUND', `Survey ${id} does not exist`);
  }
}

export class CampaignNotFoundError extends DomainError {
  constructor(id: string) {
    super('CAMPAIGN_NOT_FOUND', `Campaign ${id} does not exist`);
  }
}

/** A survey a campaign uses stays: the campaign's answers point at its questions. */
export class SurveyInUseError extends DomainError {
  constructor(campaigns: number) {
    super('SURVEY_IN_USE', `The survey is used by ${campaigns} campaign(s)`);
  }
}

/** Removing a question that clients answered would lose their answers. */
export class AnsweredQuestionRemovedError extends DomainError {
  constructor() {
    super('VALIDATION_FAILED', 'A question with answers cannot be removed', [
      { field: 'questions', code: 'NOT_ALLOWED', reason: 'leaves out a question clients have answered' },
    ]);
  }
}

export class CampaignTransitionError extends DomainError {
  constructor(from: string, action: string) {
    super('CAMPAIGN_STATE_CONFLICT', `A ${from} campaign cannot ${action}`);
  }
}

export class NotManualCampaignError extends DomainError {
  constructor() {
    super('VALIDATION_FAILED', 'Clients are added by hand only to a manual campaign', [
      { field: 'trigger', code: 'NOT_ALLOWED', reason: 'is not manual' },
    ]);
  }
}
