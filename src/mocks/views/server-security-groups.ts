/**
 * GET /servers/{id}/os-security-groups: the groups on the server's ports, in Nova's own security group view (Nova
 * asks the network service and converts: rules become ip_protocol/from_port/to_port/ip_range; egress rules are not
 * shown). Recorded from real Nova: {"security_groups": [{id, description, name, tenant_id, rules}]}.
 */
import type { SimSecurityGroup, SimSecurityGroupRule } from '../state';
import type { ViewIndex } from './view-index';

function ruleView(rule: SimSecurityGroupRule, group: SimSecurityGroup, index: ViewIndex) {
  const remote = rule.remoteGroupId ? index.group(rule.remoteGroupId) : undefined;
  return {
    id: rule.id,
    parent_group_id: group.id,
    ip_protocol: rule.protocol,
    from_port: rule.portRangeMin ?? (rule.protocol === 'icmp' ? -1 : null),
    to_port: rule.portRangeMax ?? (rule.protocol === 'icmp' ? -1 : null),
    ip_range: rule.remoteIpPrefix ? { cidr: rule.remoteIpPrefix } : {},
    group: remote ? { name: remote.name, tenant_id: remote.tenantId } : {},
  };
}

export function serverSecurityGroupsView(groupIds: Iterable<string>, index: ViewIndex) {
  const groups = [...new Set(groupIds)].flatMap((id) => {
    const group = index.group(id);
    return group ? [group] : [];
  });
  return {
    security_groups: groups.map((group) => ({
      id: group.id,
      description: group.description,
      name: group.name,
      tenant_id: group.tenantId,
      rules: group.rules.filter((rule) => rule.direction === 'ingress').map((rule) => ruleView(rule, group, index)),
    })),
  };
}
