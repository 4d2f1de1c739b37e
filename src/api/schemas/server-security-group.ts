import { z } from '../../lib/zod';
import { lenientArray, listOf, nameText } from './lenient';

/** A rule in Nova's legacy security-group view (a proxy of Neutron's rules). */
export const novaSecurityGroupRuleSchema = z.object({
  id: z.string(),
  ip_protocol: z.string().nullable().optional().catch(undefined),
  from_port: z.number().nullable().optional().catch(undefined),
  to_port: z.number().nullable().optional().catch(undefined),
  ip_range: z.object({ cidr: z.string().optional().catch(undefined) }).optional().catch(undefined),
  group: z.object({ name: z.string().optional().catch(undefined) }).optional().catch(undefined),
  parent_group_id: z.string().optional().catch(undefined),
});

/** GET /servers/{id}/os-security-groups: the groups of one server, with ids (server records only carry names). */
export const serverSecurityGroupSchema = z.object({
  id: z.string(),
  name: nameText,
  description: z.string().nullable().optional().catch(undefined),
  tenant_id: z.string().optional().catch(undefined),
  rules: lenientArray(novaSecurityGroupRuleSchema),
});

export const serverSecurityGroupListResponseSchema = z.object({ security_groups: listOf(serverSecurityGroupSchema) });
