import { z } from 'zod';

/** Neutron-style names are free text and sometimes empty; null is read as "". */
const nameSchema = z
  .string()
  .nullish()
  .transform((name) => name ?? '');

/** GET /v2.0/vpcs. Every tenant also sees the shared external `public_network` (router:external). */
export const vpcSchema = z.object({
  id: z.string(),
  name: nameSchema,
  tenant_id: z.string().optional(),
  cidrv4: z.string().optional(),
  state: z.string().optional(),
  /** "2020-02-27 03:16:05", no zone. */
  create_time: z.string().optional(),
  shared: z.boolean().optional(),
  'router:external': z.boolean().optional(),
});

/** GET /v2.0/vpcsubnets: what an instance is created in (`networks: [{subnet}]`). */
export const vpcSubnetSchema = z.object({
  id: z.string(),
  name: nameSchema,
  vpc_id: z.string().optional(),
  vpc: z
    .object({ id: z.string(), name: nameSchema, cidrv4: z.string().optional(), state: z.string().optional() })
    .optional(),
  cidr: z.string(),
  gateway: z.string().nullable().optional(),
  available_ip_count: z.number().optional(),
  state: z.string().optional(),
  create_time: z.string().optional(),
  shared: z.boolean().optional(),
  'router:external': z.boolean().optional(),
  tenant_id: z.string().optional(),
  /** `gateway_id` is the internet gateway a floating IP needs. */
  routingtable: z
    .object({
      id: z.string(),
      name: nameSchema,
      default_table: z.boolean().optional(),
      explicit: z.boolean().optional(),
      gateway_id: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});

export const networkSchema = z.object({
  id: z.string(),
  name: nameSchema,
  status: z.string().optional(),
  subnets: z.array(z.string()).default([]),
  'router:external': z.boolean().optional(),
  shared: z.boolean().optional(),
  admin_state_up: z.boolean().optional(),
  mtu: z.number().optional(),
  port_security_enabled: z.boolean().optional(),
  tenant_id: z.string().optional(),
});

export const subnetSchema = z.object({
  id: z.string(),
  name: nameSchema,
  network_id: z.string(),
  cidr: z.string(),
  gateway_ip: z.string().nullable().optional(),
  ip_version: z.number().optional(),
  enable_dhcp: z.boolean().optional(),
  tenant_id: z.string().optional(),
});

export const portSchema = z.object({
  id: z.string(),
  name: nameSchema,
  status: z.string().optional(),
  network_id: z.string(),
  /** The server id for an instance's NIC. */
  device_id: z.string().optional(),
  device_owner: z.string().optional(),
  mac_address: z.string().optional(),
  fixed_ips: z.array(z.object({ subnet_id: z.string(), ip_address: z.string() })).default([]),
  /** Security group ids. */
  security_groups: z.array(z.string()).default([]),
  admin_state_up: z.boolean().optional(),
  tenant_id: z.string().optional(),
});

export const securityGroupRuleSchema = z.object({
  id: z.string(),
  direction: z.enum(['ingress', 'egress']),
  ethertype: z.string().optional(),
  /** "tcp", "udp", "icmp", a protocol number, or null for any. */
  protocol: z.string().nullable().optional(),
  port_range_min: z.number().nullable().optional(),
  port_range_max: z.number().nullable().optional(),
  remote_ip_prefix: z.string().nullable().optional(),
  remote_group_id: z.string().nullable().optional(),
  security_group_id: z.string().optional(),
  tenant_id: z.string().optional(),
  description: z.string().nullable().optional(),
});

export const securityGroupSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string().nullable().optional(),
  tenant_id: z.string().optional(),
  security_group_rules: z.array(securityGroupRuleSchema).default([]),
});

export const vpcListResponseSchema = z.object({ vpcs: z.array(vpcSchema) });
export const vpcSubnetListResponseSchema = z.object({ vpcsubnets: z.array(vpcSubnetSchema) });
export const networkListResponseSchema = z.object({ networks: z.array(networkSchema) });
export const subnetListResponseSchema = z.object({ subnets: z.array(subnetSchema) });
export const portListResponseSchema = z.object({ ports: z.array(portSchema) });
export const securityGroupListResponseSchema = z.object({ security_groups: z.array(securityGroupSchema) });

export type Vpc = z.infer<typeof vpcSchema>;
export type VpcSubnet = z.infer<typeof vpcSubnetSchema>;
export type Network = z.infer<typeof networkSchema>;
export type Subnet = z.infer<typeof subnetSchema>;
export type Port = z.infer<typeof portSchema>;
export type SecurityGroupRule = z.infer<typeof securityGroupRuleSchema>;
export type SecurityGroup = z.infer<typeof securityGroupSchema>;
