import { existsSync } from 'node:fs';

/** The Firefox the smoke suite (test/firefox/) drives: $FIREFOX_PATH, else Debian's firefox-esr. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr'].filter(Boolean) as string[];
  return candidates.find((p) => existsSync(p)) ?? '/usr/bin/firefox-esr';
}
