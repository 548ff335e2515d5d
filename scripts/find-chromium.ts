import { existsSync } from 'node:fs';

/** The Chromium the browser tests and the benchmark drive: $CHROME_PATH, else Debian's. */
export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
    Boolean,
  ) as string[];
  return candidates.find((p) => existsSync(p)) ?? '/usr/bin/chromium';
}
