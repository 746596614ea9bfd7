/** Admins' wallboards: every queue and agent. */
export const WALLBOARD_ALL_ROOM = 'wallboard:all';
/** Supervisors' wallboards join one room per queue and per agent of their teams. */
export const wallboardQueueRoom = (queue: string) => `wallboard:queue:${queue}`;
export const wallboardAgentRoom = (userId: string) => `wallboard:agent:${userId}`;
