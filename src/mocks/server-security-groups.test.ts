import { describe, expect, it } from 'vitest';
import { seeded, simClient } from './test-client';

describe('GET /servers/{id}/os-security-groups', () => {
  it("lists the groups on the server's ports in Nova's view, with ingress rules only", async () => {
    const { server, group } = seeded();
    const response = await simClient().compute('GET', `/servers/${server('active').id}/os-security-groups`);
    expect(response.status).toBe(200);
    const groups = response.body.security_groups as Array<{ id: string; name: string; rules: Array<{ parent_group_id: string }> }>;
    expect(groups.length).toBeGreaterThan(0);
    for (const entry of groups) {
      expect(entry).toMatchObject({ id: group(entry.name).id, tenant_id: expect.any(String), description: expect.any(String) });
      const ingress = group(entry.name).rules.filter((rule) => rule.direction === 'ingress');
      expect(entry.rules).toHaveLength(ingress.length);
      for (const rule of entry.rules) expect(rule.parent_group_id).toBe(entry.id);
    }
  });

  it('is 404 for an unknown server', async () => {
    const response = await simClient().compute('GET', '/servers/3f1c0000-0000-4000-8000-000000000000/os-security-groups');
    expect(response.status).toBe(404);
  });
});
