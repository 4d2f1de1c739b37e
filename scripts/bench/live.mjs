// Live mode against the simulated cloud as a real HTTP server, through the production server's proxy.
import { liveContext } from './browser.mjs';

const TENANT = '6cdebe3eb0094910bc41f1d42ebe4cb7';

/**
 * Signs in once through the sign-in page (as a user would) and returns this tab's console keys of sessionStorage,
 * so later contexts start already signed in: the token stays inside the benchmark and is never printed.
 */
export async function liveSession(env) {
  const context = await env.browser.newContext({ baseURL: env.consoleUrl, locale: 'en-US' });
  try {
    const page = await context.newPage();
    await page.goto('/sign-in');
    await page.getByRole('textbox', { name: /Tenant ID/ }).fill(TENANT);
    await page.getByRole('textbox', { name: /^User/ }).fill('demo@example.com');
    await page.getByLabel(/API password/).fill('demo');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    // The console's landing page after a sign-in.
    await page.waitForURL(/\/overview$/, { timeout: 60_000 });
    return await page.evaluate(() => Object.entries(sessionStorage).filter(([key]) => key.startsWith('instance-console.')));
  } finally {
    await context.close();
  }
}

export async function openLive(env, storage, scripts = []) {
  const context = await liveContext(env.browser, env.consoleUrl, storage, scripts);
  return { context, page: await context.newPage() };
}
