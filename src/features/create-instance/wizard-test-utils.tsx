import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach } from 'vitest';
import { Route, Routes, useLocation } from 'react-router-dom';
import { sessionStore } from '../../api/session';
import { sim, simSession } from '../../mocks/node';
import { renderWithProviders } from '../../test/render';
import { CreateKeyPairDialog } from '../key-pairs/create-key-pair-dialog';
import { ImportKeyPairDialog } from '../key-pairs/import-key-pair-dialog';
import { CreateInstancePage } from './create-instance-page';
import { DRAFT_STORAGE_KEY, saveDraft } from './draft-storage';
import type { StepId } from './wizard-steps';
import { EMPTY_VALUES, type WizardValues } from './wizard-values';

/** Signed in to the simulated cloud around every test of the calling file, with no draft left over. */
export function withSimSession(): void {
  beforeEach(() => {
    const { token, tenantId, endpoints } = simSession();
    sessionStore.set({ mode: 'demo', token, tenantId, region: 'KR1', profile: 'nhn', endpoints, expiresAt: null });
    sessionStorage.removeItem(DRAFT_STORAGE_KEY);
  });
  afterEach(() => sessionStorage.removeItem(DRAFT_STORAGE_KEY));
}

function WhereAmI() {
  const location = useLocation();
  return <p data-testid="location">{`${location.pathname}${location.search}`}</p>;
}

/** As the app hands them in (src/app/routes.tsx). */
const KEY_PAIR_DIALOGS = { Create: CreateKeyPairDialog, Import: ImportKeyPairDialog };

export function renderWizard(url = '/instances/new') {
  return renderWithProviders(
    <Routes>
      <Route path="/instances/new" element={<CreateInstancePage keyPairDialogs={KEY_PAIR_DIALOGS} />} />
      <Route path="*" element={<WhereAmI />} />
    </Routes>,
    { url },
  );
}

export const stepHeading = (name: string) => screen.findByRole('heading', { level: 2, name }, { timeout: 5000 });

export async function next(user: UserEvent, to: string) {
  await user.click(screen.getByRole('button', { name: `Next: ${to}` }));
}

export async function chooseImage(user: UserEvent, name: RegExp) {
  await user.click(await screen.findByRole('radio', { name }));
}

export async function chooseFlavor(user: UserEvent, name: string) {
  await user.click(await screen.findByRole('radio', { name }));
}

/** The current step's own area (the summary beside it repeats its problems). */
export const stepArea = (name: string) => within(screen.getByRole('region', { name }));

export const summary = () => within(screen.getByRole('complementary', { name: 'Summary' }));

function required<T>(item: T | undefined, what: string): T {
  if (item === undefined) throw new Error(`The simulated cloud's seed has no ${what}.`);
  return item;
}

/** Ids of the simulated cloud's seed (deterministic after every reset). */
export const seedIds = {
  image: (name: RegExp) => required(sim.state().images.find((i) => name.test(i.name)), `image ${name}`).id,
  flavor: (name: string) => required(sim.state().flavors.find((f) => f.name === name), `flavor ${name}`).id,
  subnet: (name: string) => required(sim.state().subnets.find((s) => s.name === name), `subnet ${name}`).id,
  server: (name: string) => required(sim.state().servers.find((s) => s.name === name), `server ${name}`).id,
};

export const UBUNTU = /^Ubuntu Server 22\.04 LTS \(2025/;

/** A complete Linux draft (m2.c2m4, 30 GB SSD, Default Network, demo-key), saved as if typed earlier in this tab. */
export function completeDraft(patch: Partial<WizardValues> = {}): WizardValues {
  return {
    ...EMPTY_VALUES,
    imageId: seedIds.image(UBUNTU),
    flavorId: seedIds.flavor('m2.c2m4'),
    root: { volumeType: 'General SSD', sizeGb: 30, deleteOnTermination: true, skmAppKey: '', skmKeyId: '' },
    nics: [{ kind: 'subnet', id: seedIds.subnet('Default Network'), fixedIp: '' }],
    keyName: 'demo-key',
    name: 'web-01',
    ...patch,
  };
}

export function seedDraft(values: WizardValues, furthest: StepId = 'review'): void {
  saveDraft(values, furthest);
}

/** The servers the simulated cloud holds under a name, deleted ones left out. */
export const serversNamed = (name: RegExp) => sim.state().servers.filter((s) => !s.deleted && name.test(s.name));
