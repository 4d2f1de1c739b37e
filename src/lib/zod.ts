/**
 * zod as the console uses it: its small, function-based API (`zod/mini`: `z.optional(x)`, `z.catch(x, v)`,
 * `x.check(z.minLength(1))`), which leaves out of the bundle whatever the schemas do not call. Every module that
 * builds a schema imports `z` from here (lint says so), so these settings apply before the first schema is built,
 * whichever chunk it lands in.
 * - No eval: the production CSP allows none, and the browser reports even a caught try as a violation. Classic zod
 *   compiles object parsers with `new Function` when it may, and finds out by trying; the small API's object parser is
 *   interpreted and never tries, and `jitless` stays set so that nothing zod builds ever does. Interpreted parsers are
 *   fast enough for answers of this size.
 * - English messages: the small API ships none ("Invalid input" for everything). The reason an answer could not be
 *   read reaches the user (an API error's message, the skipped-records notice), so the English wording is loaded, and
 *   only that one. Forms pass their own translated messages.
 */
import en from 'zod/v4/locales/en.js';
import { z } from 'zod/mini';

z.config({ ...en(), jitless: true });

export { z };
