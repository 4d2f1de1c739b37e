import { z } from '../../lib/zod';
import { lenientArray, lenientNullish, lenientOptional, listOf, nameText } from './lenient';

/** A rule in Nova's legacy security-group view (a proxy of Neutron's rules). */
export const novaSecurityGroupRuleSchema = z.object({
  id: z.string(),
  ip_protocol: lenientNullish(z.string()),
  from_port: lenientNullish(z.number()),
  to_port: lenientNullish(z.number()),
  ip_range: lenientOptional(z.object({ cidr: lenientOptional(z.string()) })),
  group: lenientOptional(z.object({ name: lenientOptional(z.string()) })),
  parent_group_id: lenientOptional(z.string()),
});

/** GET /servers/{id}/os-security-groups: the groups of one server, with ids (server records only carry names). */
export const serverSecurityGroupSchema = z.object({
  id: z.string(),
  name: nameText,
  description: lenientNullish(z.string()),
  tenant_id: lenientOptional(z.string()),
  rules: lenientArray(novaSecurityGroupRuleSchema),
});

export const serverSecurityGroupListResponseSchema = z.object({ security_groups: listOf(serverSecurityGroupSchema) });
