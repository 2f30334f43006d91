import { describe, expect, it } from 'vitest';
import { portalPath } from './notification-link';

describe('portalPath', () => {
  it('keeps portal paths and drops outside or protocol-relative addresses', () => {
    expect(portalPath('/assignments/a1')).toBe('/assignments/a1');
    expect(portalPath('https://evil.example/x')).toBeNull();
    expect(portalPath('//evil.example/x')).toBeNull();
    expect(portalPath('/\\evil.example/x')).toBeNull();
    expect(portalPath(null)).toBeNull();
    expect(portalPath('')).toBeNull();
  });
});
