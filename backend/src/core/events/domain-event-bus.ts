import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DomainEventName, DomainEvents } from './domain-events';

/** The only way to publish an in-process event: the name fixes the payload's type. */
@Injectable()
export class DomainEventBus {
  constructor(private readonly emitter: EventEmitter2) {}

  /** Runs the handlers without waiting for those that are asynchronous. */
  emit<E extends DomainEventName>(event: E, payload: DomainEvents[E]): void {
    this.emitter.emit(event, payload);
  }

  /** Waits for every handler; one registered with `suppressErrors: false` rejects this with its error. */
  async emitAsync<E extends DomainEventName>(event: E, payload: DomainEvents[E]): Promise<void> {
    await this.emitter.emitAsync(event, payload);
  }
}
