/**
 * zod as the console uses it: every module that builds a schema imports `z` from here (lint says so), so this
 * setting runs before the first schema is built, whichever chunk it lands in. zod compiles object parsers with
 * `new Function` when it may, and finds out by trying; the production CSP allows no eval, and the browser reports
 * the caught try as a violation on every page. The interpreted parsers are fast enough for answers of this size.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
