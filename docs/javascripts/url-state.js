// The whole state of each calculator lives in the page URL's query string, so a reader can
// share or bookmark exactly what they see: ?energy.scenario=gpt3&energy.gpus=1024&...
// Parameters of one calculator are prefixed with its key (data-key of its root).

const WRITE_DELAY_MS = 250;
let timer = null;
const queued = new Map();

// {scenario, mode, inputs: {name: text}} for calculator `key` from the current URL, or null.
// mode is "range" for the low–high view, else null (central values).
export function readState(key, inputNames) {
  const params = new URLSearchParams(window.location.search);
  const scenario = params.get(`${key}.scenario`);
  const mode = params.get(`${key}.mode`) === "range" ? "range" : null;
  const inputs = {};
  let found = scenario !== null || mode !== null;
  for (const name of inputNames) {
    const value = params.get(`${key}.${name}`);
    if (value !== null) {
      inputs[name] = value;
      found = true;
    }
  }
  return found ? { scenario, mode, inputs } : null;
}

// The version of the numbers this page was built with (the date they were last checked): a link
// made now carries it, so a reader who opens it after a correction learns what changed.
export function dataVersion() {
  return document.querySelector('meta[name="green-ai-data-version"]')?.content ?? "";
}

// The site's root address (Material's config base), for files such as data/corrections.json.
export function siteRoot() {
  try {
    const config = JSON.parse(document.getElementById("__config").textContent);
    return new URL(`${config.base}/`, location.href);
  } catch {
    return new URL("/", location.href);
  }
}

function apply() {
  clearTimeout(timer);
  timer = null;
  if (queued.size === 0) return;
  const url = new URL(window.location.href);
  for (const [key, { state, path }] of queued) {
    if (path !== url.pathname) continue; // the reader has moved to another page meanwhile
    for (const name of [...url.searchParams.keys()]) {
      if (name.startsWith(`${key}.`)) url.searchParams.delete(name);
    }
    url.searchParams.set(`${key}.scenario`, state.scenario);
    if (state.mode === "range") url.searchParams.set(`${key}.mode`, "range");
    for (const [name, value] of Object.entries(state.inputs)) url.searchParams.set(`${key}.${name}`, value);
  }
  queued.clear();
  if (dataVersion()) url.searchParams.set("v", dataVersion());
  if (url.href !== window.location.href) history.replaceState(history.state, "", url.href);
}

// Record the state of calculator `key` in the URL (shortly, to spare the history API).
export function writeState(key, state) {
  queued.set(key, { state, path: window.location.pathname });
  timer ??= setTimeout(apply, WRITE_DELAY_MS);
}

// Write any queued state now and return the URL that reproduces the page. Without the hash:
// Material's anchor tracking can leave a section anchor there (even another page's).
export function currentLink() {
  apply();
  return window.location.origin + window.location.pathname + window.location.search;
}

// Put `text` on the clipboard; resolves to true when it worked.
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

// Material's anchor tracking can carry a section anchor over to the next page on instant
// navigation (…/energy/#a-heading-of-the-home-page). Drop an anchor that names nothing on this
// page, so the address bar is a link a reader can share.
export function dropStaleAnchor() {
  let id = window.location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // a malformed %-escape names nothing either
  }
  if (!id || document.getElementById(id)) return;
  const url = window.location.origin + window.location.pathname + window.location.search;
  history.replaceState(history.state, "", url);
}
