/** The little of the `asterisk-manager` package the AMI throughput comparison uses. */
declare module 'asterisk-manager' {
  interface Manager {
    on(event: 'managerevent', listener: (event: Record<string, string>) => void): void;
    on(event: 'connect' | 'close', listener: () => void): void;
    once(event: 'response', listener: (response: Record<string, string>) => void): void;
    disconnect(): void;
  }
  function AsteriskManager(
    port: number,
    host: string,
    username: string,
    password: string,
    events: boolean,
  ): Manager;
  export = AsteriskManager;
}
