import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Module, NestModule } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { Queue } from 'bullmq';
import { QUEUES } from '../../queues/queues';
import { QueueBoardAccess } from './queue-board-access';
import { QueueBoardController } from './queue-board.controller';

const BOARD_QUEUES = Symbol('BOARD_QUEUES');

/**
 * Bull Board for every queue of QUEUES, for admins only (see QueueBoardAccess), mounted on the API's
 * HTTP server under its prefix.
 */
@Module({
  controllers: [QueueBoardController],
  providers: [
    QueueBoardAccess,
    {
      provide: BOARD_QUEUES,
      inject: Object.values(QUEUES).map((name) => getQueueToken(name)),
      useFactory: (...queues: Queue[]) => queues,
    },
  ],
})
export class QueueBoardModule implements NestModule {
  constructor(
    private readonly http: HttpAdapterHost,
    private readonly access: QueueBoardAccess,
    @Inject(BOARD_QUEUES) private readonly queues: Queue[],
  ) {}

  /** Runs before Nest adds its routes; the board's path is no route of theirs. */
  configure(): void {
    const board = new ExpressAdapter().setBasePath(this.access.path);
    createBullBoard({ queues: this.queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: board });
    this.http.httpAdapter.use(this.access.path, this.access.check, board.getRouter());
  }
}
