import { z } from 'zod';

/** A rule in Nova's legacy security-group view (a proxy of Neutron's rules). */
export const novaSecurityGroupRuleSchema = z.object({
  id: z.string(),
  ip_protocol: z.string().nullable().optional(),
  from_port: z.number().nullable().optional(),
  to_port: z.number().nullable().optional(),
  ip_range: z.object({ cidr: z.string().optional() }).optional(),
  group: z.object({ name: z.string().optional() }).optional(),
  parent_group_id: z.string().optional(),
});

/** GET /servers/{id}/os-security-groups: the groups of one server, with ids (server records only carry names). */
export const serverSecurityGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  tenant_id: z.string().optional(),
  rules: z.array(novaSecurityGroupRuleSchema).default([]),
});

export const serverSecurityGroupListResponseSchema = z.object({ security_groups: z.array(serverSecurityGroupSchema) });

export type ServerSecurityGroup = z.infer<typeof serverSecurityGroupSchema>;
