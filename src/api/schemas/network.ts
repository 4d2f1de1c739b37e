import { z } from '../../lib/zod';
import { lenientArray, lenientNullish, lenientOptional, listOf, optionalBoolean, optionalNumber, optionalText } from './lenient';

/** Neutron-style names are free text and sometimes empty; null (or any other type) is read as "". */
const nameSchema = z.catch(z.string(), '');

/** GET /v2.0/vpcsubnets: what an instance is created in (`networks: [{subnet}]`). */
export const vpcSubnetSchema = z.object({
  id: z.string(),
  name: nameSchema,
  vpc_id: optionalText,
  vpc: lenientOptional(z.object({ id: z.string(), name: nameSchema, cidrv4: optionalText, state: optionalText })),
  cidr: nameSchema,
  gateway: lenientNullish(z.string()),
  available_ip_count: optionalNumber,
  state: optionalText,
  create_time: optionalText,
  shared: optionalBoolean,
  'router:external': optionalBoolean,
  tenant_id: optionalText,
  /** `gateway_id` is the internet gateway a floating IP needs. */
  routingtable: lenientNullish(
    z.object({
      id: z.string(),
      name: nameSchema,
      default_table: optionalBoolean,
      explicit: optionalBoolean,
      gateway_id: lenientNullish(z.string()),
    }),
  ),
});

export const networkSchema = z.object({
  id: z.string(),
  name: nameSchema,
  status: optionalText,
  subnets: lenientArray(z.string()),
  'router:external': optionalBoolean,
  shared: optionalBoolean,
  admin_state_up: optionalBoolean,
  mtu: optionalNumber,
  port_security_enabled: optionalBoolean,
  tenant_id: optionalText,
});

export const portSchema = z.object({
  id: z.string(),
  name: nameSchema,
  status: optionalText,
  network_id: z.string(),
  /** The server id for an instance's NIC. */
  device_id: optionalText,
  device_owner: optionalText,
  mac_address: optionalText,
  fixed_ips: lenientArray(z.object({ subnet_id: z.string(), ip_address: z.string() })),
  /** Security group ids. */
  security_groups: lenientArray(z.string()),
  admin_state_up: optionalBoolean,
  tenant_id: optionalText,
});

export const securityGroupRuleSchema = z.object({
  id: z.string(),
  direction: z.enum(['ingress', 'egress']),
  ethertype: optionalText,
  /** "tcp", "udp", "icmp", a protocol number, or null for any. */
  protocol: lenientNullish(z.string()),
  port_range_min: lenientNullish(z.number()),
  port_range_max: lenientNullish(z.number()),
  remote_ip_prefix: lenientNullish(z.string()),
  remote_group_id: lenientNullish(z.string()),
  security_group_id: optionalText,
  tenant_id: optionalText,
  description: lenientNullish(z.string()),
});

export const securityGroupSchema = z.object({
  id: z.string(),
  name: nameSchema,
  description: lenientNullish(z.string()),
  tenant_id: optionalText,
  /** A rule that cannot be read is reported, not silently dropped: the security tab is where rules are checked. */
  security_group_rules: z.catch(listOf(securityGroupRuleSchema), []),
});

export const vpcSubnetListResponseSchema = z.object({ vpcsubnets: listOf(vpcSubnetSchema) });
export const networkListResponseSchema = z.object({ networks: listOf(networkSchema) });
export const portListResponseSchema = z.object({ ports: listOf(portSchema) });
export const securityGroupListResponseSchema = z.object({ security_groups: listOf(securityGroupSchema) });

export type VpcSubnet = z.infer<typeof vpcSubnetSchema>;
export type Network = z.infer<typeof networkSchema>;
export type Port = z.infer<typeof portSchema>;
export type SecurityGroupRule = z.infer<typeof securityGroupRuleSchema>;
export type SecurityGroup = z.infer<typeof securityGroupSchema>;
