import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './rate-limit.ts';

describe('LoginLimiter', () => {
  const make = () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter(
      { windowMs: 60_000, perAccountIp: 3, perIp: 5, slowAfter: 2, delayMs: 100, maxDelayMs: 1_000 },
      () => now,
    );
    return { limiter, tick: (ms: number) => (now += ms) };
  };

  it('blocks an account from one address after its limit of failures, and tells how long to wait', () => {
    const { limiter, tick } = make();
    for (let i = 0; i < 3; i++) {
      expect(limiter.blockedBy('1.1.1.1', 'a@x.be')).toBeNull();
      limiter.fail('1.1.1.1', 'a@x.be');
      tick(1000);
    }
    expect(limiter.blockedBy('1.1.1.1', 'a@x.be')).toBe('account');
    expect(limiter.retryAfter('1.1.1.1', 'a@x.be')).toBe(60_000 - 3000);
    expect(limiter.blockedBy('1.1.1.1', 'b@x.be')).toBeNull();
  });

  it('never blocks an account from another address: failures elsewhere only slow it down', () => {
    const { limiter } = make();
    for (let i = 0; i < 4; i++) limiter.fail('6.6.6.6', 'a@x.be');
    expect(limiter.blockedBy('6.6.6.6', 'a@x.be')).toBe('account');
    expect(limiter.blockedBy('7.7.7.7', 'a@x.be')).toBeNull();
    expect(limiter.retryAfter('7.7.7.7', 'a@x.be')).toBe(0);
  });

  it('slows an account down with a growing, capped delay after its free failures', () => {
    const { limiter } = make();
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      delays.push(limiter.delayFor('a@x.be'));
      limiter.fail(`10.0.0.${i}`, 'a@x.be');
    }
    expect(delays).toEqual([0, 0, 100, 200, 400, 800, 1000, 1000]);
    expect(limiter.delayFor('other@x.be')).toBe(0);
    limiter.succeed('10.0.0.9', 'a@x.be');
    expect(limiter.delayFor('a@x.be')).toBe(0);
  });

  it('waits out the delay with the given wait function', async () => {
    const waited: number[] = [];
    const limiter = new LoginLimiter({ slowAfter: 1, delayMs: 50, maxDelayMs: 60 }, Date.now, async (ms) => {
      waited.push(ms);
    });
    await limiter.slowDown('a@x.be');
    for (let i = 0; i < 3; i++) {
      limiter.fail('1.1.1.1', 'a@x.be');
      await limiter.slowDown('a@x.be');
    }
    expect(waited).toEqual([50, 60, 60]);
  });

  it('blocks an IP address that tries many accounts', () => {
    const { limiter } = make();
    for (let i = 0; i < 5; i++) limiter.fail('2.2.2.2', `user${i}@x.be`);
    expect(limiter.blockedBy('2.2.2.2', 'new@x.be')).toBe('ip');
    expect(limiter.blockedBy('3.3.3.3', 'new@x.be')).toBeNull();
  });

  it('forgets failures after the window, and a success clears the account', () => {
    const { limiter, tick } = make();
    for (let i = 0; i < 3; i++) limiter.fail('1.1.1.1', 'a@x.be');
    tick(60_001);
    expect(limiter.blockedBy('1.1.1.1', 'a@x.be')).toBeNull();
    expect(limiter.delayFor('a@x.be')).toBe(0);
    for (let i = 0; i < 2; i++) limiter.fail('1.1.1.1', 'c@x.be');
    limiter.succeed('1.1.1.1', 'c@x.be');
    limiter.fail('1.1.1.1', 'c@x.be');
    expect(limiter.blockedBy('1.1.1.1', 'c@x.be')).toBeNull();
  });
});
