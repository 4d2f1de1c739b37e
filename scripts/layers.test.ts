/**
 * The layer rules of docs/architecture.md are lint rules (eslint.config.js `layers`): each crossing named there fails
 * lint, and what the layers allow passes. Linted as text at the path it would have, import rules only.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
});

async function refusals(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport {};\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.message);
}

describe('the layers, as lint enforces them', () => {
  it.each([
    ['a feature importing the app', 'src/features/instances/actions/dialogs/x.tsx', "import { dangerColor } from '../../../../app/theme';"],
    ["a feature importing another feature's component", 'src/features/create-instance/steps/x.tsx', "import { CreateKeyPairDialog } from '../../key-pairs/create-key-pair-dialog';"],
    ["a feature importing another feature's internals", 'src/features/session/x.ts', "import { pendingActions } from '../instances/actions/pending-actions';"],
    ["a feature importing another feature's query factory below its root", 'src/features/zones/x.ts', "import { q } from '../instances/list/fleet-queries';"],
    ["a feature importing another feature's component that is not a widget", 'src/features/create-instance/x.tsx', "import { QuotaWarning } from '../quotas/quota-check';"],
    ['a feature importing the simulated cloud', 'src/features/zones/x.ts', "import { sim } from '../../mocks/node';"],
    ['src/lib importing the API layer', 'src/lib/ui/x.ts', "import { isApiError } from '../../api/api-error';"],
    ['src/lib importing a feature', 'src/lib/x.ts', "import { x } from '../features/zones/zone-queries';"],
    ['src/domain importing a feature', 'src/domain/x.ts', "import { x } from '../features/zones/zone-queries';"],
    ['src/domain importing src/lib', 'src/domain/x.ts', "import { x } from '../lib/time';"],
    ['src/api importing a feature', 'src/api/x.ts', "import { x } from '../features/zones/zone-queries';"],
    ['src/api importing src/lib beyond zod', 'src/api/x.ts', "import { x } from '../lib/time';"],
    ['a schema built from zod itself', 'src/api/schemas/x.ts', "import { z } from 'zod';"],
    ['a schema built from zod by another entry point', 'src/features/session/x.ts', "import { z } from 'zod/v4';"],
  ])('refuses %s', async (_name, filePath, source) => {
    expect(await refusals(filePath, source)).toHaveLength(1);
  });

  it.each([
    ["a feature importing another feature's query factory", 'src/features/zones/x.ts', "import { serverQueries } from '../instances/server-queries';"],
    ['a feature importing its own files at any depth', 'src/features/instances/list/x.ts', "import { serverKeys } from '../server-queries';\nimport { y } from '../actions/pending-actions';"],
    ['a feature importing the API, the domain and src/lib', 'src/features/zones/x.ts', "import { a } from '../../api/servers';\nimport { b } from '../../domain/polling';\nimport { c } from '../../lib/time';"],
    ['the app importing any feature', 'src/app/x.tsx', "import { CreateKeyPairDialog } from '../features/key-pairs/create-key-pair-dialog';"],
    ['src/api importing src/lib/zod.ts', 'src/api/schemas/x.ts', "import { z } from '../../lib/zod';"],
    ['src/api importing src/lib/store.ts', 'src/api/x.ts', "import { createStore } from '../lib/store';"],
    ['src/domain importing API types', 'src/domain/x.ts', "import type { Server } from '../api/schemas/server';"],
    ["a feature showing another area's widgets", 'src/features/create-instance/x.tsx', "import { QuotaWarning } from '../quotas/quota-widgets';"],
    ['a test composing features', 'src/features/instances/x.test.tsx', "import { useCreateInstance } from '../create-instance/use-create-instance';"],
    ['a type from zod', 'src/features/zones/x.ts', "import type { z } from 'zod';"],
  ])('allows %s', async (_name, filePath, source) => {
    expect(await refusals(filePath, source)).toEqual([]);
  });
});
