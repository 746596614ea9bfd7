import { DEMO_PHONE_ACTIONS, DemoPhoneAction } from '@switchboard/contracts';
import { IsIn } from 'class-validator';

export class DemoPhoneActionParam {
  @IsIn(DEMO_PHONE_ACTIONS, { message: `must be one of ${DEMO_PHONE_ACTIONS.join(', ')}` })
  action!: DemoPhoneAction;
}
