// Tests read strings at once, in every language: no lazy locale chunks (the app's initI18n loads those).
import { initI18nWithResources } from '../i18n/i18n';
import { resources } from '../i18n/resources';

initI18nWithResources(resources);
