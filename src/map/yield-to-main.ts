/**
 * Ends the current task and resumes in a new one, so that what the browser has waiting (input, a
 * frame) runs in between: start-up work split this way never blocks the main thread for long
 * (Lighthouse counts every task over 50 ms on a phone's CPU as blocking). `scheduler.yield()` where
 * it exists (Chromium: the continuation keeps its place ahead of other queued tasks); else a
 * MessageChannel message, a new task without setTimeout's minimum delay (Firefox, Safari).
 */
export function yieldToMain(): Promise<void> {
  // The global by name (not through globalThis: the built files keep off globalThis, lib-build.test.ts).
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
