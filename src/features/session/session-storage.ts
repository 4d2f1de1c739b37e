/**
 * The live session in this tab's sessionStorage (never localStorage, cookies or the URL): the token, its
 * expiry, the catalog's endpoints as proxy URLs, region, tenant and user name. Never the password. What the
 * sign-in form was filled with stays after the token expires, so signing in again needs only the password.
 */
import { z } from '../../lib/zod';
import { CLOUD_PROFILES, type CloudProfile, type Session } from '../../api/session';
import { detectCloudProfile } from '../../domain/cloud-profile';
import { parseApiTime } from '../../lib/time';
import { fromProxyUrl } from '../../api/proxy-url';

export const SESSION_STORAGE_KEY = 'instance-console.session';
/** Every key this console writes to sessionStorage starts with it; sign-out removes them all. */
const CONSOLE_PREFIX = 'instance-console.';

const proxyUrl = z.string().check(z.startsWith('/proxy/'));

const liveSessionSchema = z.object({
  mode: z.literal('live'),
  token: z.string().check(z.minLength(1)),
  tenantId: z.string().check(z.minLength(1)),
  region: z.string(),
  /** Absent in a session stored before the console knew cloud profiles (see storedProfile). */
  profile: z.optional(z.enum(CLOUD_PROFILES)),
  endpoints: z.object({ compute: proxyUrl, image: z.optional(proxyUrl), network: z.optional(proxyUrl), volume: z.optional(proxyUrl) }),
  expiresAt: z.nullable(z.string()),
  userName: z.optional(z.string()),
  roles: z.optional(z.array(z.string())),
});

export const signInPrefillSchema = z.object({
  method: z.enum(['password', 'token', 'v3']),
  region: z.string(),
  tenantId: z.string(),
  userName: z.optional(z.string()),
  userDomain: z.optional(z.string()),
  project: z.optional(z.string()),
  projectDomain: z.optional(z.string()),
  /** Keystone v3 only: the identity URL the user typed. */
  identityUrl: z.optional(z.string()),
  /** Existing token with explicit endpoints: the upstream URLs the user typed. */
  endpoints: z.optional(z.object({ compute: z.string(), image: z.optional(z.string()), network: z.optional(z.string()), volume: z.optional(z.string()) })),
});

export type SignInPrefill = z.infer<typeof signInPrefillSchema>;

const storedSchema = z.object({ version: z.literal(1), session: z.nullable(liveSessionSchema), signIn: signInPrefillSchema });

export interface StoredSession {
  /** Null when there was none, or it had expired (and was dropped). */
  session: Session | null;
  signIn: SignInPrefill | null;
  expired: boolean;
}

type StoredLiveSession = z.infer<typeof liveSessionSchema>;

/**
 * The profile of a session stored without one: NHN Cloud when its URLs are NHN's or it came from the NHN password
 * sign-in; otherwise (typed URLs, Keystone v3, a token on another cloud) plain OpenStack, which sends nothing only
 * NHN understands. The next sign-in asks the cloud itself.
 */
export function storedProfile(session: StoredLiveSession, signIn: SignInPrefill): CloudProfile {
  if (session.profile) return session.profile;
  if (signIn.method === 'password') return 'nhn';
  const { compute, image, network, volume } = session.endpoints;
  const urls = [compute, image, network, volume].flatMap((url) => (url === undefined ? [] : [fromProxyUrl(url) ?? url]));
  if (signIn.identityUrl) urls.push(signIn.identityUrl);
  return detectCloudProfile({ urls, vpcSubnets: 'not-asked' });
}

/** Expired, or expiring within `marginMs`. A session without a known expiry never expires here (a 401 will tell). */
export function isExpired(session: Pick<Session, 'expiresAt'>, now: number, marginMs = 0): boolean {
  const expires = parseApiTime(session.expiresAt);
  return expires !== null && expires.getTime() - marginMs <= now;
}

function write(storage: Storage, session: Session | null, signIn: SignInPrefill): void {
  storage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ version: 1, session, signIn }));
}

export function saveLiveSession(storage: Storage, session: Session, signIn: SignInPrefill): void {
  write(storage, session, signIn);
}

/** Reads what a reload left; a broken record is removed, an expired token is dropped (the form's values stay). */
export function loadStoredSession(storage: Storage, now: number): StoredSession {
  const none: StoredSession = { session: null, signIn: null, expired: false };
  const text = storage.getItem(SESSION_STORAGE_KEY);
  if (text === null) return none;
  let parsed: z.infer<typeof storedSchema>;
  try {
    parsed = storedSchema.parse(JSON.parse(text));
  } catch {
    storage.removeItem(SESSION_STORAGE_KEY);
    return none;
  }
  const { session: stored, signIn } = parsed;
  if (stored !== null && isExpired(stored, now)) {
    write(storage, null, signIn);
    return { session: null, signIn, expired: true };
  }
  return { session: stored && { ...stored, profile: storedProfile(stored, signIn) }, signIn, expired: false };
}

/** Sign-out: the session, the form's values, and whatever else this console kept in the tab. */
export function clearConsoleStorage(storage: Storage): void {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(CONSOLE_PREFIX)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
}

/** Some privacy settings make even reading sessionStorage throw; live mode then lasts until the tab reloads. */
export function tabStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
