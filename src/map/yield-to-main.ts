/**
 * Ends the current task and resumes in a new one, so that what the browser has waiting (input, a
 * frame) runs in between: start-up work split this way never blocks the main thread for long
 * (Lighthouse counts every task over 50 ms on a phone's CPU as blocking). `scheduler.yield()` where
 * it exists (Chromium: the continuation keeps its place ahead of other queued tasks); else a
 * MessageChannel message, a new task without setTimeout's minimum delay (Firefox, Safari).
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resumes after the browser's next frame, in a task of its own: the style and layout of what was
 * just added to the page are then done by the browser's rendering step, not forced by the next
 * measurement (Leaflet's getSize, a label's offsetWidth) inside our own task.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void yieldToMain().then(resolve)));
}
