import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enFlavors from './locales/en/flavors.json';
import enInstanceDetail from './locales/en/instanceDetail.json';
import enInstances from './locales/en/instances.json';
import enKeyPairs from './locales/en/keyPairs.json';
import enOverview from './locales/en/overview.json';
import enSession from './locales/en/session.json';
import enShell from './locales/en/shell.json';
import enWizard from './locales/en/wizard.json';
import enZones from './locales/en/zones.json';
import koCommon from './locales/ko/common.json';
import koErrors from './locales/ko/errors.json';
import koFlavors from './locales/ko/flavors.json';
import koInstanceDetail from './locales/ko/instanceDetail.json';
import koInstances from './locales/ko/instances.json';
import koKeyPairs from './locales/ko/keyPairs.json';
import koOverview from './locales/ko/overview.json';
import koSession from './locales/ko/session.json';
import koShell from './locales/ko/shell.json';
import koWizard from './locales/ko/wizard.json';
import koZones from './locales/ko/zones.json';

// Every language and namespace in one object: the source of the key types (i18next.d.ts), the parity test and the
// tests' synchronous set-up. The app itself never imports this file: i18n.ts loads each file on demand.
export const resources = {
  en: {
    common: enCommon,
    shell: enShell,
    instances: enInstances,
    instanceDetail: enInstanceDetail,
    keyPairs: enKeyPairs,
    overview: enOverview,
    flavors: enFlavors,
    zones: enZones,
    wizard: enWizard,
    session: enSession,
    errors: enErrors,
  },
  ko: {
    common: koCommon,
    shell: koShell,
    instances: koInstances,
    instanceDetail: koInstanceDetail,
    keyPairs: koKeyPairs,
    overview: koOverview,
    flavors: koFlavors,
    zones: koZones,
    wizard: koWizard,
    session: koSession,
    errors: koErrors,
  },
} as const;

export type Namespace = keyof (typeof resources)['en'];
export const namespaces = Object.keys(resources.en) as Namespace[];
