import { Redis } from "ioredis";

/**
 * BullMQ needs `maxRetriesPerRequest: null` on connections used by workers (blocking commands must
 * wait for Redis to come back rather than fail). Connections we pass in are not closed by BullMQ,
 * so whoever opens one quits it.
 */
export function openRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: null, enableReadyCheck: true, lazyConnect: false });
}
