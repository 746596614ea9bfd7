import { OrderStage } from '@switchboard/contracts';
import { OrderStageRecord } from './order-stage.entity';

export const toStageView = ({
  id,
  key,
  name,
  nameTranslations,
  position,
  color,
  won,
  lost,
  nextStep,
  nextStepTranslations,
  automation,
}: OrderStageRecord): OrderStage => ({
  id,
  key,
  name,
  nameTranslations,
  position,
  color,
  won,
  lost,
  nextStep,
  nextStepTranslations,
  automation,
});
