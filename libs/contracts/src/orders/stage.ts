import { Language } from '../i18n/languages';

/** What moves an order into a stage by itself: its debt reaching zero, or a document issued for it. */
export const STAGE_AUTOMATIONS = ['paidInFull', 'documentIssued'] as const;
export type StageAutomation = (typeof STAGE_AUTOMATIONS)[number];

/** An admin-defined text in the interface languages; a missing language falls back to the base text. */
export type LocalizedText = Partial<Record<Language, string>>;

/** A step of the sales funnel; admins configure the list. */
export interface OrderStage {
  id: string;
  /** Stable machine name (`inquiry`, `paid`); the defaults are seeded. */
  key: string;
  /** The base name, shown where `nameTranslations` has no text for the user's language. */
  name: string;
  nameTranslations: LocalizedText;
  position: number;
  /** CSS colour of the stage's column, `#rrggbb`. */
  color: string;
  /** The order is won (counted as a sale) in this stage. */
  won: boolean;
  /** The order is lost (cancelled, returned) in this stage: it owes nothing. */
  lost: boolean;
  /** What to do next, shown on orders in this stage ("send the invoice"). */
  nextStep: string | null;
  nextStepTranslations: LocalizedText;
  /** The event that moves an order here by itself; at most one stage per event. */
  automation: StageAutomation | null;
}

export interface SaveOrderStageRequest {
  key: string;
  name: string;
  nameTranslations?: LocalizedText;
  position?: number;
  color?: string;
  won?: boolean;
  lost?: boolean;
  nextStep?: string | null;
  nextStepTranslations?: LocalizedText;
  /** Taking an automation another stage has moves it here. */
  automation?: StageAutomation | null;
}
