import { Injectable } from '@nestjs/common';

/**
 * Which users have the console page open right now, by their sockets on this instance (the one holding the
 * consoles and the PBX link): a user counts while any of their tabs says it shows the console.
 */
@Injectable()
export class ConsoleAttendance {
  private readonly socketsByUser = new Map<string, Set<string>>();

  opened(userId: string, socketId: string): void {
    const sockets = this.socketsByUser.get(userId) ?? new Set<string>();
    sockets.add(socketId);
    this.socketsByUser.set(userId, sockets);
  }

  /** The page was left, or the socket went away. */
  closed(userId: string, socketId: string): void {
    const sockets = this.socketsByUser.get(userId);
    if (!sockets) return;
    sockets.delete(socketId);
    if (sockets.size === 0) this.socketsByUser.delete(userId);
  }

  isOnConsole(userId: string): boolean {
    return this.socketsByUser.has(userId);
  }
}
