import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { i18n } from '../../i18n/i18n';
import { type ApiErrorFields, describeError } from './describe-error';

const t = i18n.getFixedT('en', 'errors');

describe('describeError', () => {
  it("reads the API layer's ApiError: the kind in words, the server's message, status, fault and request id", () => {
    const error = new ApiError({ kind: 'http', status: 409, message: 'Cannot stop while it is in vm_state stopped', faultName: 'conflictingRequest', requestId: 'req-1', service: 'compute', method: 'POST', path: '/servers/x/action' });
    // A type error here: ApiError no longer has the fields this file reads by shape.
    const shaped: ApiErrorFields = error;
    expect(describeError(shaped, t)).toEqual({ summary: t('kind.http'), message: 'Cannot stop while it is in vm_state stopped', status: 409, faultName: 'conflictingRequest', requestId: 'req-1' });
  });

  it('keeps a network failure to its words, and any other error to its message', () => {
    const offline = new ApiError({ kind: 'network', message: 'Failed to fetch', service: 'compute', method: 'GET', path: '/servers' });
    expect(describeError(offline, t)).toEqual({ summary: t('kind.network'), message: undefined, status: undefined, faultName: undefined, requestId: undefined });
    expect(describeError(new Error('boom'), t)).toEqual({ summary: t('unknown'), message: 'boom' });
  });
});
