import { HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { answer } from './__fixtures__/capture';
import { COMPUTE, withTestSession } from './__fixtures__/test-session';
import {
  addSecurityGroup,
  confirmResizeServer,
  createServerImage,
  rebootServer,
  removeSecurityGroup,
  resizeServer,
  revertResizeServer,
  shelveServer,
  startServer,
  stopServer,
  unshelveServer,
} from './server-actions';

withTestSession();

const ACTION = `${COMPUTE}/servers/s1/action`;
const accepted = () => new HttpResponse('', { status: 202, headers: { 'Content-Type': 'application/json' } });

describe('server actions', () => {
  it.each([
    ['startServer', () => startServer('s1'), { 'os-start': null }],
    ['stopServer', () => stopServer('s1'), { 'os-stop': null }],
    ['shelveServer', () => shelveServer('s1'), { shelve: null }],
    ['unshelveServer', () => unshelveServer('s1'), { unshelve: null }],
    ['rebootServer SOFT', () => rebootServer('s1', 'SOFT'), { reboot: { type: 'SOFT' } }],
    ['rebootServer HARD', () => rebootServer('s1', 'HARD'), { reboot: { type: 'HARD' } }],
    ['resizeServer', () => resizeServer('s1', 'b5f1c148'), { resize: { flavorRef: 'b5f1c148' } }],
    ['confirmResizeServer', () => confirmResizeServer('s1'), { confirmResize: null }],
    ['revertResizeServer', () => revertResizeServer('s1'), { revertResize: null }],
    ['addSecurityGroup', () => addSecurityGroup('s1', 'web'), { addSecurityGroup: { name: 'web' } }],
    ['removeSecurityGroup', () => removeSecurityGroup('s1', 'web'), { removeSecurityGroup: { name: 'web' } }],
  ] as const)('%s posts exactly the guide body and accepts the empty 202', async (_name, run, expected) => {
    const calls = answer('post', ACTION, accepted);
    await expect(run()).resolves.toBeUndefined();
    expect(calls[0]?.body).toEqual(expected);
  });

  it("accepts confirmResize's empty 204 (Nova's answer at 2.1) and revertResize's empty 202", async () => {
    const noContent = () => new HttpResponse(null, { status: 204, headers: { 'Content-Type': 'application/json' } });
    const confirms = answer('post', ACTION, noContent);
    await expect(confirmResizeServer('s1')).resolves.toBeUndefined();
    expect(confirms).toHaveLength(1);
    const reverts = answer('post', ACTION, () => new HttpResponse(null, { status: 202 }));
    await expect(revertResizeServer('s1')).resolves.toBeUndefined();
    expect(reverts[0]?.body).toEqual({ revertResize: null });
  });

  it("passes confirmResize's 409 outside VERIFY_RESIZE through with Nova's message", async () => {
    const message = "Cannot 'confirmResize' instance s1 while it is in vm_state active";
    answer('post', ACTION, () => HttpResponse.json({ conflictingRequest: { code: 409, message } }, { status: 409 }));
    await expect(confirmResizeServer('s1')).rejects.toMatchObject({ status: 409, message });
  });

  it('passes a 409 through with its message', async () => {
    const message = "Cannot 'start' instance s1 while it is in vm_state active";
    answer('post', ACTION, () => HttpResponse.json({ conflictingRequest: { code: 409, message } }, { status: 409 }));
    await expect(startServer('s1')).rejects.toMatchObject({ status: 409, message });
  });
});

describe('createServerImage', () => {
  it('takes the image id from the last path segment of Location', async () => {
    const calls = answer('post', ACTION, () =>
      new HttpResponse(null, { status: 202, headers: { Location: 'https://kr1-api-image-infrastructure.nhncloudservice.com/v2/images/0e7761dd-ee98/' } }),
    );
    await expect(createServerImage('s1', 'foo-image', { meta_var: 'meta_val' })).resolves.toBe('0e7761dd-ee98');
    expect(calls[0]?.body).toEqual({ createImage: { name: 'foo-image', metadata: { meta_var: 'meta_val' } } });
  });

  it('sends no metadata key without metadata, and reads a 2.45 image_id body', async () => {
    const calls = answer('post', ACTION, () => HttpResponse.json({ image_id: 'from-body' }, { status: 202 }));
    await expect(createServerImage('s1', 'img')).resolves.toBe('from-body');
    expect(calls[0]?.body).toEqual({ createImage: { name: 'img' } });
  });

  it('resolves null when the cloud accepted the request but named no image', async () => {
    answer('post', ACTION, () => new HttpResponse(null, { status: 202 }));
    await expect(createServerImage('s1', 'img')).resolves.toBeNull();
  });
});
