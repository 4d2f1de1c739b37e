// Functions that run inside the page (init scripts or page.evaluate): they are serialised, so each stands alone.

/** Times, from navigation start, of the first server row in the table and of the table holding `total` rows. */
export function fleetProbe({ total }) {
  const bench = { firstRows: null, full: null };
  window.__benchFleet = bench;
  const observer = new MutationObserver(() => {
    const table = document.querySelector('table[aria-label="Instances"]');
    if (!table) return;
    if (bench.firstRows === null && table.querySelector('tbody tr[aria-rowindex]')) bench.firstRows = performance.now();
    if (bench.full === null && Number(table.getAttribute('aria-rowcount')) - 1 >= total) {
      bench.full = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-rowcount'] });
}

/** Every fetch the app makes: URL, when, status and the body's size (decoded bytes, as the app receives them). */
export function fetchLog() {
  const log = [];
  window.__benchRequests = log;
  const original = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const entry = { url, start: performance.now(), status: null, bytes: null };
    log.push(entry);
    const response = await original(input, init);
    entry.status = response.status;
    response
      .clone()
      .arrayBuffer()
      .then(
        (body) => {
          entry.bytes = body.byteLength;
        },
        () => {},
      );
    return response;
  };
}

/**
 * `window.__benchArmSearch(timeoutMs)` arms a watch on the instances table: `window.__benchWatch` then resolves with the
 * milliseconds from the next keydown to the table showing a different row count or first row (null: no change
 * within `timeoutMs`). Also counts long tasks in `window.__benchLongTasks`.
 */
export function searchProbe() {
  window.__benchArmSearch = (timeoutMs) => {
    const table = document.querySelector('table[aria-label="Instances"]');
    const snapshot = () => `${table.getAttribute('aria-rowcount')}|${table.querySelector('tbody tr[aria-rowindex]')?.textContent ?? ''}`;
    const before = snapshot();
    window.__benchWatch = new Promise((resolve) => {
      let pressed = null;
      document.addEventListener('keydown', () => (pressed ??= performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (pressed === null || snapshot() === before) return;
        const changed = performance.now();
        observer.disconnect();
        clearTimeout(timer);
        resolve(changed - pressed);
      });
      observer.observe(table, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['aria-rowcount'] });
      const timer = setTimeout(() => {
        observer.disconnect();
        resolve(null);
      }, timeoutMs);
    });
  };
  const tasks = [];
  window.__benchLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

/**
 * Scrolls the table's scroller from top to bottom, `step` pixels per animation frame, and reports the frames,
 * the gaps between them (dropped frames: each gap counts as round(gap / 16.7) - 1 frames missed), long tasks, and
 * the frames whose view was not covered by rendered rows (blank: the rows had not caught up with the scroll).
 */
export async function scrollToBottom(step) {
  const table = document.querySelector('table[aria-label="Instances"]');
  const scroller = table.parentElement;
  scroller.scrollTop = 0;
  const tasks = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const frames = [];
  let blank = 0;
  // Whether the rows in the DOM cover the scroller's view below the sticky header (else the user sees a gap).
  const covered = () => {
    const rows = table.querySelectorAll('tbody tr[aria-rowindex]');
    const view = scroller.getBoundingClientRect();
    const top = view.top + (table.tHead?.getBoundingClientRect().height ?? 0);
    const bottom = Math.min(view.bottom, table.getBoundingClientRect().bottom);
    return rows.length > 0 && rows[0].getBoundingClientRect().top <= top + 2 && rows[rows.length - 1].getBoundingClientRect().bottom >= bottom - 2;
  };
  await new Promise((resolve) => {
    const tick = (time) => {
      frames.push(time);
      if (!covered()) blank += 1;
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return resolve();
      scroller.scrollTop += step;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  // Long tasks are reported after they end: one more frame lets the last one in.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100)));
  observer.disconnect();
  const gaps = frames.slice(1).map((time, index) => time - frames[index]);
  const dropped = gaps.reduce((sum, gap) => sum + Math.max(0, Math.round(gap / (1000 / 60)) - 1), 0);
  const rows = table.querySelectorAll('tbody tr[aria-rowindex]');
  const lastRow = Number(rows[rows.length - 1]?.getAttribute('aria-rowindex') ?? 0) - 1;
  return { frames: frames.length, blank, dropped, worstGap: Math.max(0, ...gaps), longTasks: tasks, lastRow };
}

/**
 * Reboots `name` through the simulated cloud's API from inside the page (another client, behind the console's back)
 * and resolves with the milliseconds from sending that request to the row's badge reading `expected`; null when the
 * server was not ACTIVE to begin with.
 */
export async function statusChangeLatency({ name, expected, tenant }) {
  const badge = () => {
    const link = [...document.querySelectorAll('table[aria-label="Instances"] tbody a')].find((a) => a.textContent === name);
    // The status badge is the row's first note (the created time is another, further right); its name is its word.
    return link?.closest('tr')?.querySelector('[role="note"]')?.getAttribute('aria-label') ?? null;
  };
  if (badge() !== 'Active') return null;
  const auth = await fetch('/sim/identity/v2.0/tokens', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ auth: { tenantId: tenant, passwordCredentials: { username: 'demo@example.com', password: 'demo' } } }),
  });
  const token = (await auth.json()).access.token.id;
  const headers = { 'X-Auth-Token': token, 'Content-Type': 'application/json' };
  const found = await fetch(`/sim/compute/v2/${tenant}/servers?name=${encodeURIComponent(`^${name}$`)}`, { headers });
  const id = (await found.json()).servers[0].id;
  const seen = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (badge() !== expected) return;
      observer.disconnect();
      resolve(performance.now());
    });
    observer.observe(document.querySelector('table[aria-label="Instances"]'), { childList: true, subtree: true, characterData: true });
  });
  const sent = performance.now();
  const answer = await fetch(`/sim/compute/v2/${tenant}/servers/${id}/action`, { method: 'POST', headers, body: JSON.stringify({ reboot: { type: 'SOFT' } }) });
  if (answer.status !== 202) throw new Error(`reboot answered ${answer.status}`);
  return (await seen) - sent;
}

/** Time, from navigation start, of the overview showing its count of `total` instances (its charts drawn with it). */
export function overviewProbe({ total }) {
  const bench = { shown: null };
  window.__benchOverview = bench;
  const text = `${total.toLocaleString('en')} instances`;
  const observer = new MutationObserver(() => {
    const heading = document.querySelector('main h1')?.parentElement;
    if (bench.shown === null && heading?.textContent?.includes(text) && document.querySelector('section .recharts-surface')) {
      bench.shown = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
