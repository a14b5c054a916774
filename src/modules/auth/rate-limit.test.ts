import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './rate-limit.ts';

describe('LoginLimiter', () => {
  const make = () => {
    let now = 1_000_000;
    const limiter = new LoginLimiter({ windowMs: 60_000, perAccount: 3, perIp: 5 }, () => now);
    return { limiter, tick: (ms: number) => (now += ms) };
  };

  it('blocks an account after its limit of failures, and tells how long to wait', () => {
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
    for (let i = 0; i < 2; i++) limiter.fail('1.1.1.1', 'c@x.be');
    limiter.succeed('c@x.be');
    limiter.fail('1.1.1.1', 'c@x.be');
    expect(limiter.blockedBy('1.1.1.1', 'c@x.be')).toBeNull();
  });
});
