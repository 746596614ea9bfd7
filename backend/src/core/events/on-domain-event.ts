import { OnEvent } from '@nestjs/event-emitter';
import { DomainEventName, DomainEvents } from './domain-events';

type OnEventOptions = Parameters<typeof OnEvent>[1];
type Handler<E extends DomainEventName> = (payload: DomainEvents[E]) => unknown;

/** `@OnEvent` whose method must accept the event's payload, so a renamed or reshaped event breaks the build. */
export function OnDomainEvent<E extends DomainEventName>(event: E, options?: OnEventOptions) {
  return <H extends Handler<E>>(
    target: object,
    key: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ) => {
    OnEvent(event, options)(target, key, descriptor);
  };
}
