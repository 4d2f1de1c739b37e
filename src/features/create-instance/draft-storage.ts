import { z } from '../../lib/zod';
import { isStepId, STEPS, type StepId } from './wizard-steps';
import { type WizardValues, wizardValuesSchema } from './wizard-values';

/** This tab only (sessionStorage): a draft must not leak into another tab or outlive the browser session. */
export const DRAFT_STORAGE_KEY = 'instance-console.wizard-draft';

export interface StoredDraft {
  values: WizardValues;
  /** The furthest step reached: steps up to it can be clicked. */
  furthest: StepId;
  savedAt: number;
}

const storedDraftSchema = z.object({
  version: z.literal(1),
  values: wizardValuesSchema,
  furthest: z.string().check(z.refine(isStepId)),
  savedAt: z.number(),
});

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The saved draft, or null when there is none or it cannot be read (an older shape is dropped, not half-used). */
export function loadDraft(): StoredDraft | null {
  const raw = storage()?.getItem(DRAFT_STORAGE_KEY);
  if (!raw) return null;
  try {
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const furthest = isStepId(parsed.data.furthest) ? parsed.data.furthest : STEPS[0];
    return { values: parsed.data.values, furthest, savedAt: parsed.data.savedAt };
  } catch {
    return null;
  }
}

/**
 * The form values only: the wizard never holds a private key (the key pair dialogs download it and hand back a
 * name), so nothing secret can end up here.
 */
export function saveDraft(values: WizardValues, furthest: StepId, now = Date.now()): void {
  try {
    storage()?.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ version: 1, values, furthest, savedAt: now }));
  } catch {
    // Full or blocked storage: the draft then lives only as long as the page, which is no worse than no draft.
  }
}

export function clearDraft(): void {
  storage()?.removeItem(DRAFT_STORAGE_KEY);
}
