/** Just enough of a socket.io client socket for the realtime service and what listens through it. */
export class FakeSocket {
  connected = true;
  readonly handlers = new Map<string, (payload: never) => void>();

  on(event: string, handler: (payload: never) => void): this {
    this.handlers.set(event, handler);
    return this;
  }

  off(event: string): this {
    this.handlers.delete(event);
    return this;
  }

  removeAllListeners(): this {
    this.handlers.clear();
    return this;
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  /** What the server sending `event` looks like to the listeners. */
  emit(event: string, payload: unknown): void {
    this.handlers.get(event)?.(payload as never);
  }
}
