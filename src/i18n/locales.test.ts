import { describe, expect, it } from 'vitest';
import { namespaces, resources } from './resources';

type Tree = { [key: string]: string | Tree };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

/** Keys with their plural suffix removed: Korean needs only `_other` where English has `_one` and `_other`. */
function baseKeys(strings: Map<string, string>): Set<string> {
  return new Set([...strings.keys()].map((key) => key.replace(pluralSuffix, '')));
}

const languages = ['en', 'ko'] as const;
const flat = Object.fromEntries(
  languages.map((lng) => [lng, Object.fromEntries(namespaces.map((ns) => [ns, flatten(resources[lng][ns] as Tree)]))]),
) as Record<(typeof languages)[number], Record<string, Map<string, string>>>;

describe.each(namespaces)('locale namespace %s', (ns) => {
  const en = flat.en[ns] ?? new Map<string, string>();
  const ko = flat.ko[ns] ?? new Map<string, string>();

  it('has the same keys in English and Korean', () => {
    expect([...baseKeys(ko)].sort()).toEqual([...baseKeys(en)].sort());
  });

  it.each(languages)('has no empty strings in %s', (lng) => {
    const empty = [...(flat[lng][ns] ?? new Map<string, string>())].filter(([, text]) => !text.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(languages)('has every plural form %s needs', (lng) => {
    const strings = flat[lng][ns] ?? new Map<string, string>();
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const pluralBases = new Set([...strings.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));
    const missing = [...pluralBases].flatMap((base) =>
      categories.filter((category) => !strings.has(`${base}_${category}`)).map((category) => `${base}_${category}`),
    );
    expect(missing).toEqual([]);
  });

  it('uses the same {{placeholders}} in both languages', () => {
    const mismatches: string[] = [];
    const placeholdersOf = (strings: Map<string, string>, base: string) =>
      [...new Set([...strings].filter(([k]) => k.replace(pluralSuffix, '') === base).flatMap(([, text]) => placeholders(text)))].sort();
    for (const base of baseKeys(en)) {
      // Compared over all plural forms together: English "_one" may say "an instance" where "_other" says {{count}}.
      const inEnglish = placeholdersOf(en, base);
      const inKorean = placeholdersOf(ko, base);
      if (inEnglish.join() !== inKorean.join()) mismatches.push(`${base}: en {${inEnglish.join()}} ko {${inKorean.join()}}`);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('locale folders', () => {
  // Every JSON file on disk, so a namespace file that resources.ts forgot to import fails here.
  const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });

  it('wires every file on disk into the resources, in both languages', () => {
    const onDisk = Object.keys(files).map((path) => path.replace('./locales/', '').replace('.json', '')).sort();
    const wired = languages.flatMap((lng) => namespaces.map((ns) => `${lng}/${ns}`)).sort();
    expect(onDisk).toEqual(wired);
    for (const [path, content] of Object.entries(files)) {
      const [lng, ns] = path.replace('./locales/', '').replace('.json', '').split('/') as [(typeof languages)[number], string];
      expect(resources[lng][ns as keyof (typeof resources)['en']]).toEqual(content);
    }
  });

  it('has the namespaces the app is organised by', () => {
    expect([...namespaces].sort()).toEqual(['common', 'errors', 'flavors', 'instanceDetail', 'instances', 'keyPairs', 'overview', 'session', 'shell', 'wizard', 'zones']);
  });
});
