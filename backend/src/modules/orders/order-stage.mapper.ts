import { OrderStage } from '@switchboard/contracts';
import { OrderStageRecord } from './order-stage.entity';

export const toStageView = ({
  id,
  key,
  name,
  position,
  color,
  won,
  lost,
  nextStep,
}: OrderStageRecord): OrderStage => ({
  id,
  key,
  name,
  position,
  color,
  won,
  lost,
  nextStep,
});
