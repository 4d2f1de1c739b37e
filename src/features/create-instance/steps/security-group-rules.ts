import type { SecurityGroup, SecurityGroupRule } from '../../../api/schemas/network';

/** "TCP 22" / "TCP 8000-8080" / "ICMP" / "any". */
function portsOf(rule: SecurityGroupRule): string {
  const protocol = rule.protocol ? rule.protocol.toUpperCase() : null;
  const { port_range_min: min, port_range_max: max } = rule;
  const ports = min == null ? '' : min === max || max == null ? ` ${min}` : ` ${min}-${max}`;
  return protocol ? `${protocol}${ports}` : 'any';
}

/** Inbound rules in a line each: what is let in, and from where (a CIDR, or members of a group). */
export function inboundRules(group: SecurityGroup, groups: SecurityGroup[]): Array<{ what: string; from: string }> {
  return group.security_group_rules
    .filter((rule) => rule.direction === 'ingress')
    .map((rule) => {
      const remoteGroup = rule.remote_group_id ? (groups.find((g) => g.id === rule.remote_group_id)?.name ?? rule.remote_group_id) : null;
      return { what: `${portsOf(rule)} (${rule.ethertype ?? 'IPv4'})`, from: remoteGroup ? `group:${remoteGroup}` : (rule.remote_ip_prefix ?? 'any') };
    });
}
