/**
 * The fixed list of requests the corpus is made of: every endpoint of the Instance API spec, each answered as it
 * should be and as it should not (wrong status 409, bad body 400, unknown id 404, ...). The same steps run against real
 * Nova (record-corpus.nova.ts) and the simulated cloud (src/mocks/real-nova-corpus.test.ts); a backend gives what
 * differs between the two clouds (ids, and create bodies each accepts), never the requests' meaning.
 */
import { normalised, shapeOf, type Shape } from './shape';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface CorpusCall {
  method: Method;
  /** Below the compute endpoint (`.../v2/{tenantId}`). */
  path: string;
  body?: unknown;
}

export interface Answer {
  status: number;
  body: unknown;
}

export interface CorpusBackend {
  send(call: CorpusCall): Promise<Answer>;
  /** Waits until the server shows `status` with no task running (as long as that takes; a backend bounds it). */
  settle(serverId: string, status: string): Promise<void>;
  /** A create body (the `server` object) that this cloud builds with a disk of the flavor's own. */
  localServer(name: string): Record<string, unknown>;
  /** A create body for a server that can be resized to `resizeTarget`. */
  resizableServer(name: string): Record<string, unknown>;
  resizeTarget: string;
  /** A flavor with no disk of its own. */
  zeroDiskFlavor: string;
  image: string;
  /** The RAM (MB) and disk (GB) of one flavor, to ask for `minRam`/`minDisk` exactly at it. */
  boundary: { ram: number; disk: number };
}

/** Which of the console's schemas reads a 2xx answer (src/api/real-nova-corpus.test.ts maps the names). */
export type ParsedAs =
  | 'flavorList'
  | 'flavorDetailList'
  | 'flavorGet'
  | 'zoneList'
  | 'keyPairList'
  | 'keyPairGet'
  | 'keyPairGenerate'
  | 'keyPairImport'
  | 'serverList'
  | 'serverDetailList'
  | 'serverGet'
  | 'serverCreate'
  | 'serverUpdate'
  | 'volumeAttachmentList'
  | 'serverSecurityGroups';

export interface Exchange {
  name: string;
  request: CorpusCall;
  status: number;
  shape: Shape;
  /** The answer with ids and times made neutral. */
  body: unknown;
  parsedAs?: ParsedAs;
  /** How many items a list answer held, where the count is the point (filters, paging). */
  count?: number;
}

const UNKNOWN_ID = 'f3a1e6f2-8c55-4b1e-9d6e-0d4c1a2b3c4d';

function listed(body: unknown): number | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const lists = Object.values(body).filter(Array.isArray);
  return lists.length === 1 ? (lists[0] as unknown[]).length : undefined;
}

export async function runScenario(backend: CorpusBackend): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  const ids = new Map<string, string>();
  const send = async (name: string, request: CorpusCall, options: { parsedAs?: ParsedAs; count?: boolean } = {}) => {
    const answer = await backend.send(request);
    exchanges.push({
      name,
      request: normalised(request, ids) as CorpusCall,
      status: answer.status,
      shape: shapeOf(answer.body),
      body: normalised(answer.body, ids),
      ...(options.parsedAs && answer.status < 300 ? { parsedAs: options.parsedAs } : {}),
      ...(options.count ? { count: listed(answer.body) } : {}),
    });
    return answer;
  };
  const action = (name: string, server: string, body: unknown) => send(name, { method: 'POST', path: `/servers/${server}/action`, body });
  const created = (answer: Answer) => (answer.body as { server: { id: string } }).server.id;

  // Flavors and zones.
  await send('flavors: list', { method: 'GET', path: '/flavors' }, { parsedAs: 'flavorList' });
  const detail = await send('flavors: detail', { method: 'GET', path: '/flavors/detail' }, { parsedAs: 'flavorDetailList' });
  const firstFlavor = (detail.body as { flavors: Array<{ id: string }> }).flavors[0]?.id ?? 'none';
  await send('flavors: one', { method: 'GET', path: `/flavors/${firstFlavor}` }, { parsedAs: 'flavorGet' });
  await send('flavors: unknown id → 404', { method: 'GET', path: '/flavors/no-such-flavor' });
  await send('flavors: minRam at a flavor\'s RAM includes it (>=)', { method: 'GET', path: `/flavors/detail?minRam=${backend.boundary.ram}` }, { parsedAs: 'flavorDetailList' });
  await send('flavors: minDisk at a flavor\'s disk includes it (>=)', { method: 'GET', path: `/flavors/detail?minDisk=${backend.boundary.disk}` }, { parsedAs: 'flavorDetailList' });
  await send('flavors: minRam above every flavor → empty', { method: 'GET', path: '/flavors/detail?minRam=99999999' }, { count: true });
  await send('zones: list', { method: 'GET', path: '/os-availability-zone' }, { parsedAs: 'zoneList' });
  await send('zones: detail as a user → 403', { method: 'GET', path: '/os-availability-zone/detail' });

  // Key pairs.
  await send('key pairs: generate', { method: 'POST', path: '/os-keypairs', body: { keypair: { name: 'corpus-generated' } } }, { parsedAs: 'keyPairGenerate' });
  const publicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC8Jay26O0CgeweRedyLcW0QIH9IAdCBRxdD0UaxFgxE corpus@check';
  await send('key pairs: import', { method: 'POST', path: '/os-keypairs', body: { keypair: { name: 'corpus-imported', public_key: publicKey } } }, { parsedAs: 'keyPairImport' });
  await send('key pairs: duplicate name → 409', { method: 'POST', path: '/os-keypairs', body: { keypair: { name: 'corpus-imported', public_key: publicKey } } });
  await send('key pairs: a name with a slash (the legacy /v2 takes it)', { method: 'POST', path: '/os-keypairs', body: { keypair: { name: 'bad/name' } } });
  await send('key pairs: a public key that is not one → 400', { method: 'POST', path: '/os-keypairs', body: { keypair: { name: 'corpus-bad', public_key: 'ssh-rsa nonsense' } } });
  await send('key pairs: list', { method: 'GET', path: '/os-keypairs' }, { parsedAs: 'keyPairList' });
  await send('key pairs: one', { method: 'GET', path: '/os-keypairs/corpus-imported' }, { parsedAs: 'keyPairGet' });
  await send('key pairs: unknown → 404', { method: 'GET', path: '/os-keypairs/no-such-key' });
  await send('key pairs: delete', { method: 'DELETE', path: '/os-keypairs/corpus-generated' });
  await send('key pairs: delete unknown → 404', { method: 'DELETE', path: '/os-keypairs/corpus-generated' });

  // Creates that Nova refuses.
  const refuse = (name: string, server: Record<string, unknown>) => send(name, { method: 'POST', path: '/servers', body: { server } });
  await refuse('create: no name → 400', { ...backend.localServer(''), name: undefined });
  await refuse('create: unknown flavor → 400', { ...backend.localServer('corpus-x'), flavorRef: 'no-such-flavor' });
  await refuse('create: unknown image → 400', { ...backend.localServer('corpus-x'), imageRef: UNKNOWN_ID });
  await refuse('create: a network entry without uuid, port or fixed_ip → 400', { ...backend.localServer('corpus-x'), networks: [{}] });
  await refuse('create: unknown key pair → 400', { ...backend.localServer('corpus-x'), key_name: 'no-such-key' });
  await refuse('create: min_count above max_count → 400', { ...backend.localServer('corpus-x'), min_count: 3, max_count: 2 });
  await refuse('create: blank volumes with no boot_index 0 → 400', {
    ...backend.localServer('corpus-x'),
    block_device_mapping_v2: [{ source_type: 'blank', destination_type: 'volume', boot_index: 1, volume_size: 10, delete_on_termination: true }],
  });
  await refuse('create: a local root on a flavor with no disk → 403', {
    ...backend.localServer('corpus-x'),
    flavorRef: backend.zeroDiskFlavor,
    block_device_mapping_v2: [{ source_type: 'image', uuid: backend.image, destination_type: 'local', boot_index: 0, delete_on_termination: true }],
  });

  // Creates, one and several.
  const one = await send('create: one server', { method: 'POST', path: '/servers', body: { server: backend.localServer('corpus-one') } }, { parsedAs: 'serverCreate' });
  const oneId = created(one);
  const several = await send('create: two servers, reservation id asked for', {
    method: 'POST',
    path: '/servers',
    body: { server: { ...backend.localServer('corpus-many'), min_count: 2, max_count: 2, return_reservation_id: true } },
  }, { parsedAs: 'serverCreate' });
  const reservation = (several.body as { reservation_id?: string }).reservation_id ?? 'none';
  await backend.settle(oneId, 'ACTIVE');
  const batch = await send('list: by reservation id', { method: 'GET', path: `/servers/detail?reservation_id=${reservation}` }, { parsedAs: 'serverDetailList', count: true });
  const batchIds = ((batch.body as { servers?: Array<{ id: string }> }).servers ?? []).map((server) => server.id);
  for (const id of batchIds) await backend.settle(id, 'ACTIVE');
  const resizable = await backend.send({ method: 'POST', path: '/servers', body: { server: backend.resizableServer('corpus-resize') } });
  const resizeId = created(resizable);
  await backend.settle(resizeId, 'ACTIVE');

  // Reading servers.
  // Counts only where the scenario's own servers decide them: a cloud may hold others.
  await send('servers: list', { method: 'GET', path: '/servers' }, { parsedAs: 'serverList' });
  await send('servers: detail', { method: 'GET', path: '/servers/detail' }, { parsedAs: 'serverDetailList' });
  await send('servers: one', { method: 'GET', path: `/servers/${oneId}` }, { parsedAs: 'serverGet' });
  await send('servers: unknown → 404', { method: 'GET', path: `/servers/${UNKNOWN_ID}` });
  const page1 = await send('paging: limit=2', { method: 'GET', path: '/servers/detail?limit=2' }, { parsedAs: 'serverDetailList', count: true });
  const last = (page1.body as { servers?: Array<{ id: string }> }).servers?.at(-1)?.id ?? 'none';
  await send('paging: the next page after the marker', { method: 'GET', path: `/servers/detail?limit=2&marker=${last}` }, { parsedAs: 'serverDetailList', count: true });
  await send('paging: an unknown marker → 400', { method: 'GET', path: `/servers/detail?marker=${UNKNOWN_ID}` });
  await send('filter: name is an unanchored regex', { method: 'GET', path: '/servers/detail?name=orpus-m' }, { count: true });
  await send('filter: name matches case-insensitively', { method: 'GET', path: '/servers/detail?name=CORPUS-ONE' }, { count: true });
  await send('filter: status in lower case', { method: 'GET', path: '/servers/detail?status=active&name=^corpus-' }, { count: true });
  await send('filter: an unknown status → empty list', { method: 'GET', path: '/servers/detail?status=BOGUS' }, { count: true });
  await send('filter: status=DELETED as a user → 403', { method: 'GET', path: '/servers/detail?status=DELETED' });
  await send('filter: changes-since with Z', { method: 'GET', path: '/servers/detail?changes-since=2020-01-01T00:00:00Z&name=^corpus-' }, { count: true });
  await send('filter: changes-since without a zone', { method: 'GET', path: '/servers/detail?changes-since=2020-01-01T00:00:00&name=^corpus-' }, { count: true });
  await send('filter: changes-since with a fraction', { method: 'GET', path: '/servers/detail?changes-since=2020-01-01T00:00:00.123456Z&name=^corpus-' }, { count: true });
  await send('filter: changes-since with an encoded +00:00', { method: 'GET', path: '/servers/detail?changes-since=2020-01-01T00:00:00%2B00:00&name=^corpus-' }, { count: true });
  await send('filter: changes-since with a raw + (a space to the server) → 400', { method: 'GET', path: '/servers/detail?changes-since=2020-01-01T00:00:00+00:00' });
  await send('filter: changes-since that is not a time → 400', { method: 'GET', path: '/servers/detail?changes-since=yesterday' });

  // Rename.
  await send('rename', { method: 'PUT', path: `/servers/${oneId}`, body: { server: { name: 'corpus-renamed' } } }, { parsedAs: 'serverUpdate' });
  await send('rename: an empty name → 400', { method: 'PUT', path: `/servers/${oneId}`, body: { server: { name: '' } } });
  await send('rename: unknown server → 404', { method: 'PUT', path: `/servers/${UNKNOWN_ID}`, body: { server: { name: 'x' } } });

  // Power actions and their refusals.
  await action('start: when ACTIVE → 409', oneId, { 'os-start': null });
  await action('reboot: an unknown type → 400', oneId, { reboot: { type: 'GENTLE' } });
  await action('action: unknown server → 404', UNKNOWN_ID, { 'os-stop': null });
  await action('action: an unknown action → 400', oneId, { fly: null });
  await action('stop', oneId, { 'os-stop': null });
  await action('stop: again while stopping or stopped → 409', oneId, { 'os-stop': null });
  await backend.settle(oneId, 'SHUTOFF');
  await action('reboot SOFT: when SHUTOFF → 409', oneId, { reboot: { type: 'SOFT' } });
  await action('start', oneId, { 'os-start': null });
  await backend.settle(oneId, 'ACTIVE');
  await action('shelve', oneId, { shelve: null });
  await backend.settle(oneId, 'SHELVED_OFFLOADED');
  await action('start: when SHELVED_OFFLOADED → 409', oneId, { 'os-start': null });
  await action('unshelve', oneId, { unshelve: null });
  await backend.settle(oneId, 'ACTIVE');
  // Shelving a stopped server: on a server no later step uses, since the clouds may part here.
  const spare = batchIds[1] ?? oneId;
  if (spare !== oneId) {
    await backend.send({ method: 'POST', path: `/servers/${spare}/action`, body: { 'os-stop': null } });
    await backend.settle(spare, 'SHUTOFF');
    await action('shelve: when SHUTOFF', spare, { shelve: null });
  }
  await action('reboot SOFT', oneId, { reboot: { type: 'SOFT' } });
  await backend.settle(oneId, 'ACTIVE');
  await action('reboot HARD', oneId, { reboot: { type: 'HARD' } });
  await backend.settle(oneId, 'ACTIVE');
  await action('unshelve: when ACTIVE → 409', oneId, { unshelve: null });
  await action('confirmResize: when ACTIVE → 409', oneId, { confirmResize: null });
  await action('revertResize: when ACTIVE → 409', oneId, { revertResize: null });
  await action('createImage', oneId, { createImage: { name: 'corpus-image' } });
  await action('createImage: no name → 400', oneId, { createImage: {} });
  await action('addSecurityGroup: unknown group → 404', oneId, { addSecurityGroup: { name: 'no-such-group' } });
  await send('security groups of a server', { method: 'GET', path: `/servers/${oneId}/os-security-groups` }, { parsedAs: 'serverSecurityGroups' });

  // Resize: confirm, then revert.
  await action('resize: to the same flavor → 400', resizeId, { resize: { flavorRef: (await currentFlavor(backend, resizeId)) ?? 'none' } });
  await action('resize: unknown flavor → 400', resizeId, { resize: { flavorRef: 'no-such-flavor' } });
  await action('resize', resizeId, { resize: { flavorRef: backend.resizeTarget } });
  await backend.settle(resizeId, 'VERIFY_RESIZE');
  await send('resize: the server while it waits', { method: 'GET', path: `/servers/${resizeId}` }, { parsedAs: 'serverGet' });
  await action('stop: while VERIFY_RESIZE → 409', resizeId, { 'os-stop': null });
  await action('confirmResize', resizeId, { confirmResize: null });
  await backend.settle(resizeId, 'ACTIVE');
  await send('resize: the flavor after confirm', { method: 'GET', path: `/servers/${resizeId}` }, { parsedAs: 'serverGet' });

  // Volume attachments (there is no block storage behind real Nova here: only the list and refusals).
  await send('volume attachments: list', { method: 'GET', path: `/servers/${oneId}/os-volume_attachments` }, { parsedAs: 'volumeAttachmentList', count: true });
  await send('volume attachments: unknown attachment → 404', { method: 'GET', path: `/servers/${oneId}/os-volume_attachments/${UNKNOWN_ID}` });
  await send('volume attachments: attach without volumeId → 400', { method: 'POST', path: `/servers/${oneId}/os-volume_attachments`, body: { volumeAttachment: {} } });
  // Detaching asks the block storage service first, which real Nova here does not have (a 500): not recorded.

  // Delete.
  await send('delete', { method: 'DELETE', path: `/servers/${oneId}` });
  await send('delete: unknown → 404', { method: 'DELETE', path: `/servers/${UNKNOWN_ID}` });
  for (const id of [...batchIds, resizeId]) await backend.send({ method: 'DELETE', path: `/servers/${id}` });
  await backend.send({ method: 'DELETE', path: '/os-keypairs/corpus-imported' });
  await backend.send({ method: 'DELETE', path: '/os-keypairs/bad%2Fname' });
  return exchanges;
}

async function currentFlavor(backend: CorpusBackend, id: string): Promise<string | undefined> {
  const answer = await backend.send({ method: 'GET', path: `/servers/${id}` });
  return (answer.body as { server?: { flavor?: { id?: string } } }).server?.flavor?.id;
}
