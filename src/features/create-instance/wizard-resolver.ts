import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { draftProblems, type ProblemCode, type ProblemParams } from './draft-problems';
import { EMPTY_CATALOG, type WizardCatalog } from './wizard-facts';
import { type WizardValues, wizardValuesSchema } from './wizard-values';

export interface EncodedProblem {
  code: ProblemCode;
  params: ProblemParams;
}

/**
 * A field error carries the problem's code and values, not a sentence: the sentence is translated where it is
 * shown, so switching the language re-words errors already on screen.
 */
export function encodeProblem(problem: EncodedProblem): string {
  return JSON.stringify({ code: problem.code, params: problem.params });
}

export function decodeProblem(message: string | undefined): EncodedProblem | null {
  if (!message) return null;
  try {
    const parsed = JSON.parse(message) as Partial<EncodedProblem>;
    return typeof parsed.code === 'string' ? { code: parsed.code, params: parsed.params ?? {} } : null;
  } catch {
    return null;
  }
}

function pathOf(field: string): Array<string | number> {
  return field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** The form's zod schema for the catalog at hand: the shape, then every rule of draft-problems.ts as an issue. */
export function wizardSchema(catalog: WizardCatalog) {
  return wizardValuesSchema.superRefine((values, ctx) => {
    for (const problem of draftProblems(values, catalog)) {
      ctx.addIssue({ code: 'custom', path: pathOf(problem.field), message: encodeProblem(problem) });
    }
  });
}

/**
 * zodResolver over a schema built from the form's `context` (the catalog lists): react-hook-form hands the
 * current context to every validation, so the rules always judge against the lists on screen.
 */
export const wizardResolver: Resolver<WizardValues, WizardCatalog> = (values, catalog, options) =>
  zodResolver(wizardSchema(catalog ?? EMPTY_CATALOG))(values, catalog, options);
