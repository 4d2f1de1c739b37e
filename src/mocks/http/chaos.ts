/** Chaos: forced failures (deterministic, for tests) first, then random ones at `config.chaosRate`. */
import type { SimFailure } from '../controls';
import type { SimCore } from '../core';

export type ChosenFailure = Required<Pick<SimFailure, 'kind'>> & { status: 500 | 502 | 503; delayMs: number };

function matches(failure: SimFailure, method: string, path: string): boolean {
  const match = failure.match;
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== method.toUpperCase()) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? path.includes(match.path) : match.path.test(path);
}

export function chooseFailure(core: SimCore, method: string, path: string): ChosenFailure | null {
  const index = core.failures.findIndex((failure) => matches(failure, method, path));
  const forced = core.failures[index];
  if (forced) {
    const times = (forced.times ?? 1) - 1;
    if (times > 0) core.failures[index] = { ...forced, times };
    else core.failures.splice(index, 1);
    return { kind: forced.kind, status: forced.status ?? 500, delayMs: forced.delayMs ?? 3000 };
  }
  const { chaosRate, chaosKinds } = core.config;
  if (chaosRate <= 0 || chaosKinds.length === 0 || core.random() >= chaosRate) return null;
  const kind = chaosKinds[Math.floor(core.random() * chaosKinds.length)] ?? 'server-error';
  const statuses = [500, 502, 503] as const;
  const status = statuses[Math.floor(core.random() * statuses.length)] ?? 500;
  const delayMs = 2000 + Math.floor(core.random() * 3000);
  // Half of the dropped POSTs are applied first: the retry then meets its own first attempt.
  if (kind === 'drop' && method === 'POST' && core.random() < 0.5) return { kind: 'drop-after-apply', status, delayMs };
  return { kind, status, delayMs };
}

/** A gateway in front of the API answers with HTML, not JSON. */
export function gatewayErrorPage(): Response {
  const html = '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';
  return new Response(html, { status: 502, headers: { 'Content-Type': 'text/html' } });
}
