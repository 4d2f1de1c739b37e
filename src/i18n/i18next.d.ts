import 'i18next';
import type { resources } from './resources';

// Typed keys: t('nav.instances') and t('errors:notFound.title') are checked against the English files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: (typeof resources)['en'];
  }
}
