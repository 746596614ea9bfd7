/** The Redis channel prefix the API's socket.io adapter and the worker's emitter agree on. */
export const realtimeChannelKey = (redisPrefix: string) => `${redisPrefix}socket.io`;
