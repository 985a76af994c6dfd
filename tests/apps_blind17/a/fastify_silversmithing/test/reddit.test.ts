import { describe, expect, it, vi } from 'vitest';

vi.mock('../src/http/clients.js', () => ({ postJson: vi.fn().mockResolvedValue(200) }));

import { postJson } from '../src/http/clients.js';
import { conversionPurchase } from '../src/vendors/reddit.js';

describe('reddit conversions', () => {
  it('hashes email and ip', async () => {
    await conversionPurchase('Smith@Example.com ', '203.0.113.9', 1800, 'hallmark-7');
    const body = (postJson as any).mock.calls[0][2];
    expect(body.events[0].user.email).toMatch(/^[0-9a-f]{64}$/);
    expect(body.events[0].user.email).not.toContain('@');
  });
});
