import { describe, expect, it } from 'vitest';
import { FetchError } from '../../src/crawl/errors.js';
import { retryDelayMs, withRetries } from '../../src/crawl/retry.js';

const policy = { retries: 3, retryBaseMs: 100, maxRetryDelayMs: 1000 };

describe('retryDelayMs', () => {
  it('doubles per attempt with ±25 % jitter and respects the cap', () => {
    const error = new FetchError('TIMEOUT', 'slow');
    expect(retryDelayMs(error, 0, policy, () => 0)).toBe(75);
    expect(retryDelayMs(error, 0, policy, () => 1)).toBe(125);
    expect(retryDelayMs(error, 2, policy, () => 0.5)).toBe(400);
    expect(retryDelayMs(error, 6, policy, () => 0.5)).toBe(1000);
  });

  it('prefers the server’s Retry-After, capped', () => {
    expect(retryDelayMs(new FetchError('HTTP_429', 'slow down', { retryAfterMs: 700 }), 0, policy)).toBe(700);
    expect(retryDelayMs(new FetchError('HTTP_503', 'later', { retryAfterMs: 9000 }), 0, policy)).toBe(1000);
  });
});

describe('withRetries', () => {
  const fast = { retries: 2, retryBaseMs: 1, maxRetryDelayMs: 5 };

  it('retries retryable codes until success', async () => {
    let calls = 0;
    const codes: string[] = [];
    const result = await withRetries(
      fast,
      async () => {
        calls++;
        if (calls < 3) throw new FetchError(calls === 1 ? 'NETWORK' : 'HTTP_500', 'flaky');
        return 'ok';
      },
      (e) => codes.push(e.code),
    );
    expect(result).toBe('ok');
    expect(codes).toEqual(['NETWORK', 'HTTP_500']);
  });

  it.each(['HTTP_404', 'NOT_PDF', 'TOO_LARGE', 'ROBOTS_DISALLOWED'] as const)(
    'gives up at once on %s',
    async (code) => {
      let calls = 0;
      await expect(
        withRetries(fast, async () => {
          calls++;
          throw new FetchError(code, 'final');
        }),
      ).rejects.toMatchObject({ code });
      expect(calls).toBe(1);
    },
  );

  it('throws the last error when the retries are used up', async () => {
    let calls = 0;
    await expect(
      withRetries(fast, async () => {
        calls++;
        throw new FetchError('TRUNCATED', `attempt ${calls}`);
      }),
    ).rejects.toThrow('attempt 3');
  });
});
