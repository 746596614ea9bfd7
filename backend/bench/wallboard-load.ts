import { WallboardSamples, WallboardWatch } from './wallboard-watch';

/** From the load process to this one. */
export type WallboardOrder =
  | { open: { url: string; tokens: string[] } }
  | { sent: [callId: string, at: number][] }
  | { watching: boolean }
  | { report: true };

/** From this process back. */
export type WallboardReport = { opened: true } | { watched: boolean } | { samples: WallboardSamples };

const tell = (message: WallboardReport) => process.send?.(message);

/** The supervisors' wallboards of the screen-pop bench, in a process of their own. */
const watch = new WallboardWatch();
process.on('message', (order: WallboardOrder) => {
  if ('open' in order) {
    void watch.open(order.open.url, order.open.tokens).then(() => {
      watch.reset();
      tell({ opened: true });
    });
  } else if ('watching' in order) {
    void watch.watch(order.watching).then(() => tell({ watched: order.watching }));
  } else if ('sent' in order) {
    order.sent.forEach(([callId, at]) => watch.sent(callId, at));
  } else {
    watch.settleStats();
    tell({ samples: watch.samples });
  }
});
