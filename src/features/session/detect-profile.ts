import type { CatalogSession } from '../../api/catalog';
import { listVpcSubnets } from '../../api/network';
import { type CloudProfile, type Session, sessionStore } from '../../api/session';
import { detectCloudProfile, urlsShowNhnCloud, type VpcSubnetProbe } from '../../domain/cloud-profile';
import { withReauthSuspended } from './reauth-store';

/** Runs calls as the candidate session, without the sign-in dialog answering a 401; the previous session comes back. */
export async function asCandidate<T>(candidate: Session, call: () => Promise<T>): Promise<T> {
  const previous = sessionStore.get();
  return withReauthSuspended(async () => {
    sessionStore.set(candidate);
    try {
      return await call();
    } finally {
      sessionStore.set(previous);
    }
  });
}

async function probeVpcSubnets(candidate: CatalogSession, signal?: AbortSignal): Promise<VpcSubnetProbe> {
  if (candidate.endpoints.network === undefined) return 'not-asked';
  try {
    // The profile is what is being found out; the probe's request does not depend on it.
    const subnets = await asCandidate({ ...candidate, profile: 'openstack' }, () => listVpcSubnets(signal));
    return subnets.length > 0 ? 'listed' : 'empty';
  } catch (error) {
    if (signal?.aborted) throw error;
    return 'failed';
  }
}

/**
 * NHN Cloud or plain OpenStack, from the upstream URLs (identity and endpoints) and, when they do not say,
 * from whether the network service lists NHN's VPC subnets.
 */
export async function detectProfile(candidate: CatalogSession, upstreamUrls: readonly string[], signal?: AbortSignal): Promise<CloudProfile> {
  if (urlsShowNhnCloud(upstreamUrls)) return 'nhn';
  return detectCloudProfile({ urls: upstreamUrls, vpcSubnets: await probeVpcSubnets(candidate, signal) });
}
