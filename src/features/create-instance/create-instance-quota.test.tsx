import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { SIM_BASE_URL } from '../../mocks/node';
import { server } from '../../test/msw-server';
import { setSimQuota, simUsage } from '../../test/sim-quota';
import { completeDraft, renderWizard, seedDraft, serversNamed, stepArea, stepHeading, summary, withSimSession } from './wizard-test-utils';

withSimSession();

afterEach(() => {
  server.events.removeAllListeners();
});

const LIMITS = `${SIM_BASE_URL}/compute/v2/:tenant/limits`;

async function openStep(step: 'review' | 'flavor' | 'details', name: string, patch = {}) {
  seedDraft(completeDraft(patch));
  const rendered = renderWizard(`/instances/new?step=${step}`);
  await stepHeading(name);
  return rendered;
}

const warning = (area: string) => stepArea(area).findByRole('status', { name: "This would exceed the project's quota" });

describe("the wizard's quota check", () => {
  it('says before sending which quotas several instances would exceed and by how much, and still sends', async () => {
    const used = await simUsage();
    // m2.c2m4 is 2 vCPUs and 4 GB: four of them need 8 vCPUs and 16 GB. 4 vCPUs left, RAM and instances unlimited.
    setSimQuota({ cores: used.cores + 4, ram: -1, instances: -1 });
    const { user } = await openStep('review', 'Review', { count: 4 });
    const alert = await warning('Review');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['vCPUs: this needs 8, 4 are left (4 over)']);
    expect(summary().getByText(`vCPUs: +8, only 4 of ${used.cores + 4} left (4 over)`)).toBeInTheDocument();
    expect(summary().getByText('Instances: +4, unlimited')).toBeInTheDocument();
    expect(summary().getByText('RAM: +16 GB, unlimited')).toBeInTheDocument();
    // A warning, not a problem: the summary is ready and Create sends.
    expect(summary().getByText('Ready')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create 4 instances' }));
    const refusal = await stepArea('Review').findByRole('alert');
    expect(refusal).toHaveTextContent(`Quota exceeded for cores: Requested 8, but already used ${used.cores} of ${used.cores + 4} cores`);
    expect(refusal).toHaveTextContent('This concerns the Flavor step.');
  });

  it('names every quota over, RAM in GB, on the Flavor step', async () => {
    const used = await simUsage();
    setSimQuota({ cores: used.cores + 1, ram: used.ram + 1024, instances: -1 });
    await openStep('flavor', 'Flavor');
    const alert = await warning('Flavor');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'vCPUs: this needs 2, 1 is left (1 over)',
      'RAM: this needs 4 GB, 1 GB are left (3 GB over)',
    ]);
  });

  it('warns on the Details step when the count is more than the instances left', async () => {
    const used = await simUsage();
    setSimQuota({ instances: used.instances + 2, cores: -1, ram: -1 });
    await openStep('details', 'Details', { count: 3 });
    const alert = await warning('Details');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('Instances: this needs 3, 2 are left (1 over)');
  });

  it('does not warn exactly at the limit', async () => {
    const used = await simUsage();
    setSimQuota({ instances: used.instances + 2, cores: used.cores + 4, ram: used.ram + 8192 });
    await openStep('review', 'Review', { count: 2 });
    expect(await summary().findByText(`vCPUs: +4, 4 of ${used.cores + 4} left`)).toBeInTheDocument();
    expect(summary().getByText(`Instances: +2, 2 of ${used.instances + 2} left`)).toBeInTheDocument();
    expect(summary().getByText(/^RAM: \+8 GB, 8 GB of .* left$/)).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: "This would exceed the project's quota" })).not.toBeInTheDocument();
  });

  it('does not warn when every quota is unlimited', async () => {
    setSimQuota({ instances: -1, cores: -1, ram: -1 });
    await openStep('review', 'Review', { count: 10 });
    expect(await summary().findByText('vCPUs: +20, unlimited')).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: "This would exceed the project's quota" })).not.toBeInTheDocument();
  });

  it.each([404, 403])('says in one quiet line that quotas are not available when GET /limits answers %i', async (status) => {
    server.use(http.get(LIMITS, () => HttpResponse.json({ itemNotFound: { code: status, message: 'The resource could not be found.' } }, { status })));
    await openStep('review', 'Review');
    expect(await summary().findByText('Quotas are not available on this cloud.')).toBeInTheDocument();
    expect(summary().queryByRole('alert')).not.toBeInTheDocument();
    expect(stepArea('Review').queryByRole('status', { name: "This would exceed the project's quota" })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create instance' })).toBeEnabled();
  });

  it("shows another failure with the server's message and Retry, and keeps the wizard going", async () => {
    let calls = 0;
    server.use(
      http.get(LIMITS, () => {
        calls += 1;
        return calls <= 3 ? HttpResponse.json({ computeFault: { code: 500, message: 'Quota engine down' } }, { status: 500 }) : undefined;
      }),
    );
    const { user } = await openStep('review', 'Review');
    const alert = await summary().findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent("Could not check the project's quota");
    expect(alert).toHaveTextContent('Quota engine down');
    expect(screen.getByRole('button', { name: 'Create instance' })).toBeEnabled();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await summary().findByText(/^Instances: \+1, /)).toBeInTheDocument();
  });

  it('asks GET /limits again after a create, so the next check counts the new instance', async () => {
    let asked = 0;
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/limits')) asked += 1;
    });
    const { user } = await openStep('review', 'Review');
    await summary().findByText(/^Instances: \+1, /);
    const before = asked;
    await user.click(screen.getByRole('button', { name: 'Create instance' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('/instances/');
    expect(asked).toBeGreaterThan(before);
  });

  it('keeps the count and points at the Details step when the cloud refuses for instances', async () => {
    const used = await simUsage();
    setSimQuota({ instances: used.instances + 1, cores: -1, ram: -1 });
    const { user } = await openStep('review', 'Review', { count: 2 });
    await user.click(screen.getByRole('button', { name: 'Create 2 instances' }));
    const refusal = await stepArea('Review').findByRole('alert');
    expect(refusal).toHaveTextContent('Quota exceeded for instances');
    expect(refusal).toHaveTextContent('This concerns the Details step.');
    await user.click(within(refusal).getByRole('button', { name: 'Go to Details' }));
    await stepHeading('Details');
    expect(screen.getByRole('textbox', { name: /Number of instances/ })).toHaveValue('2');
    expect(serversNamed(/^web-01/)).toHaveLength(0);
  });
});
