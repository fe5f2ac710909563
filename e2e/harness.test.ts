import { describe, expect, it } from 'vitest';
import { findChromium } from './harness.ts';

describe('finding a browser for the end-to-end tests', () => {
  it('fails with how to get one, never silently', () => {
    expect(() => findChromium({ PATH: '/nonexistent' })).toThrow(
      /apt-get install -y chromium fonts-noto-cjk.*CHROME_PATH/,
    );
    expect(() => findChromium({ CHROME_PATH: '/nonexistent/chrome' })).toThrow(
      /CHROME_PATH is set to \/nonexistent\/chrome/,
    );
  });
});
