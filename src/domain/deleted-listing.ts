import type { ApiError } from '../api/api-error';

/**
 * Who may ask for deleted servers. The spec lists DELETED among the statuses (List Instances filters by "status");
 * Nova answers `status=DELETED` with 403 "Only administrators may list deleted instances" unless the token is an
 * administrator's, which its default policy decides by the `admin` role (`context_is_admin: role:admin`).
 * Unknown roles (a token typed in without its user) are not an administrator's: the choice is not offered then.
 */
export function mayListDeleted(roles: readonly string[] | undefined): boolean {
  return roles?.some((role) => role.toLowerCase() === 'admin') ?? false;
}

/** Nova's 403 to a non-administrator's `status=DELETED`, whatever its exact words on another cloud. */
export function isDeletedListingRefused(error: Pick<ApiError, 'kind' | 'status'> | null, status: string | undefined): boolean {
  return status === 'DELETED' && error?.kind === 'http' && error.status === 403;
}
