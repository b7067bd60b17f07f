// Web Worker that runs Python (Pyodide) off the main thread, so the page never freezes while
// Python boots. Messages in:  {type: "boot", manifestURL}  then  {type: "run", id, name, inputs}.
// Messages out: {type: "progress", percent, text}, {type: "ready"}, {type: "failed", reason},
//               {type: "result", id, result} (result is a calc.web.views answer).
import {
  PYODIDE_BASE,
  PYODIDE_EXPECTED_BYTES,
  PYODIDE_SRI,
  PYODIDE_VERSION,
  SNAPSHOT_MAX_HEAP_BYTES,
} from "./config.js";

const post = (message) => self.postMessage(message);
let callCalc = null;
let python = null;
const sessions = new Map(); // playground namespaces: session name -> Python dict
let executing = false; // a playground block is running (it may await)
const SNAPSHOT_DELAY_MS = 1500;

// Count the bytes Pyodide downloads, for an honest progress bar.
let received = 0;
let lastPercent = 0;
const nativeFetch = self.fetch.bind(self);
let downloadFailed = false;
const failIntact = () => {
  downloadFailed = true;
  post({ type: "failed", reason: `Python (Pyodide) could not be downloaded intact from ${new URL(PYODIDE_BASE).host}` });
};

// The integrity hash of a core file URL, if it is one.
function integrityOf(resource) {
  const url = typeof resource === "string" || resource instanceof URL ? String(resource) : "";
  return url.startsWith(PYODIDE_BASE) ? PYODIDE_SRI[url.slice(PYODIDE_BASE.length)] : undefined;
}

// Join the chunks, let them go, and hash the copy: the chunks are not kept while hashing.
async function sha384(chunks, length) {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  chunks.length = 0;
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-384", bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

function countProgress(bytes) {
  received += bytes;
  const percent = Math.round(5 + 80 * Math.min(received / PYODIDE_EXPECTED_BYTES, 1));
  if (percent !== lastPercent || received === bytes) {
    lastPercent = percent;
    // `received`: the page's first-byte timer stops once the CDN has sent anything.
    post({ type: "progress", percent, text: "downloading", received });
  }
}

// A core file's bytes flow on as they arrive (so the browser compiles the WebAssembly while it
// downloads) and are counted for the progress bar; the stream ends only once every byte has
// been checked against PYODIDE_SRI, and errors if they differ. Nothing can run before that: a
// module is not compiled, nor a file read, until its stream has ended. Any failure on the way
// (a broken download, a wrong hash) is reported at once: Pyodide itself would only log it and
// wait for ever.
function checkedResponse(response, integrity) {
  const chunks = [];
  let length = 0;
  const check = {
    transform(chunk, controller) {
      chunks.push(chunk);
      length += chunk.byteLength;
      countProgress(chunk.byteLength);
      controller.enqueue(chunk);
    },
    async flush() {
      let actual = "";
      try {
        actual = await sha384(chunks, length);
      } catch (error) {
        failIntact();
        throw error;
      }
      if (actual !== integrity) {
        failIntact();
        throw new Error(`integrity check failed for ${response.url}`);
      }
    },
  };
  // Let a prefetched file download ahead of Pyodide's reading (the chunks are kept for the
  // hash anyway, so this costs no extra memory).
  const ahead = new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 * 1024 });
  const checker = new TransformStream(check, undefined, ahead);
  response.body.pipeTo(checker.writable).catch(failIntact);
  return new Response(checker.readable, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

// Without crypto.subtle (a page served over plain HTTP on a LAN) the browser checks the whole
// file instead, before handing it over: slower (no compiling while downloading), as safe.
async function wholeCheckedFetch(resource, integrity) {
  const response = await nativeFetch(resource, { integrity });
  const bytes = await response.arrayBuffer();
  countProgress(bytes.byteLength);
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
}

// Core files are requested as soon as Python starts, in parallel with the two .mjs modules;
// Pyodide's own fetch of the same URL gets the request already under way.
const early = new Map();
function prefetch(name) {
  early.set(PYODIDE_BASE + name, checkedFetch(PYODIDE_BASE + name));
}

// A core file that is not exactly the pinned one, or not there at all (an HTTP error page), is
// refused: Pyodide would otherwise read an error page's body as its lock file.
function checkedFetch(resource, init) {
  const integrity = integrityOf(resource);
  if (!integrity) return nativeFetch(resource, init);
  const checked = globalThis.crypto?.subtle
    ? nativeFetch(resource, init).then((response) => {
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} for ${response.url}`);
        return checkedResponse(response, integrity);
      })
    : wholeCheckedFetch(resource, integrity);
  return checked.catch((error) => {
    failIntact();
    throw error;
  });
}

function pyodideFetch(resource, init) {
  const url = typeof resource === "string" || resource instanceof URL ? String(resource) : "";
  const started = early.get(url);
  if (started) {
    early.delete(url); // each response body can be read once
    return started;
  }
  return checkedFetch(resource, init);
}

// Import a core ES module only if its bytes match PYODIDE_SRI (import() cannot check integrity).
async function importVerified(name) {
  const response = await nativeFetch(PYODIDE_BASE + name, { integrity: PYODIDE_SRI[name] });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${name}`);
  const url = URL.createObjectURL(new Blob([await response.arrayBuffer()], { type: "text/javascript" }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function fetchManifest(manifestURL) {
  const manifestResponse = await nativeFetch(manifestURL, { cache: "no-cache" });
  if (!manifestResponse.ok) throw new Error(`the calc wheel manifest is missing (HTTP ${manifestResponse.status})`);
  return manifestResponse.json();
}

async function fetchWheel(manifestURL, manifest) {
  const wheelURL = new URL(manifest.wheel, manifestURL);
  wheelURL.searchParams.set("sha256", manifest.sha256.slice(0, 16));
  const wheelResponse = await nativeFetch(wheelURL);
  if (!wheelResponse.ok) throw new Error(`the calc wheel is missing (HTTP ${wheelResponse.status})`);
  const bytes = await wheelResponse.arrayBuffer();
  // The very wheel the manifest names (not a stale copy from a cache): its sha256, when the
  // page is a secure context (without crypto.subtle the wheel is only as sure as the page).
  if (globalThis.crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    const hex = Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
    if (hex !== manifest.sha256) throw new Error("the calc wheel does not match its manifest");
  }
  return bytes;
}

// A memory snapshot of this Python, taken once it has booted and imported calc, kept in the
// browser's Cache Storage: the next page load starts from it instead of initialising Python
// again (Pyodide's loadPyodide({_loadSnapshot}); about a tenth of the boot). It is made here,
// from the verified files, never downloaded; its key names the Pyodide release and the calc
// wheel's sha256, so a new release or a new wheel never starts from an old snapshot. The core
// files are still downloaded (from the HTTP cache) and verified as on a first visit. Without
// Cache Storage (a page over plain HTTP on a LAN) there is no snapshot, only the usual boot.
const SNAPSHOTS = "green-ai-python-snapshots";
const snapshotKey = (wheelSha) =>
  new URL(`./python-snapshot/${PYODIDE_VERSION}/${wheelSha}/${BRIDGE_ID}`, self.location.href).href;

async function readSnapshot(wheelSha) {
  try {
    const response = await (await caches.open(SNAPSHOTS)).match(snapshotKey(wheelSha));
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null; // no Cache Storage here
  }
}

async function forgetSnapshots() {
  try {
    await caches.delete(SNAPSHOTS);
  } catch {
    // nothing kept, nothing to forget
  }
}

async function saveSnapshot(pyodide, wheelSha) {
  // A heap grown past what Pyodide can restore into (config.js): its snapshot would cost every
  // next visit a failed restore and a new snapshot. The next visit boots as this one did.
  if (pyodide._module.HEAP8.length > SNAPSHOT_MAX_HEAP_BYTES) return false;
  try {
    const bytes = pyodide.makeMemorySnapshot();
    await forgetSnapshots(); // one snapshot at most: the current release and wheel
    const cache = await caches.open(SNAPSHOTS);
    await cache.put(snapshotKey(wheelSha), new Response(bytes, { headers: { "content-type": "application/octet-stream" } }));
    return true;
  } catch {
    return false; // storage full or unavailable: the next visit boots as this one did
  }
}

const BRIDGE = `
import json
from calc.web.views import call as _calc_call  # imported at boot: the snapshot holds it

def _calc_call_json(function, args_json):
    return json.dumps(_calc_call(function, json.loads(args_json)), allow_nan=False)

async def _playground_exec(code, namespace):
    from pyodide.code import eval_code_async
    value = await eval_code_async(code, namespace, filename="<playground>")
    if value is not None:
        print(repr(value))
`;
// A snapshot holds what BRIDGE defined: it is keyed by BRIDGE's text too (FNV-1a, 32 bits).
const BRIDGE_ID = [...BRIDGE].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, 2166136261).toString(16);

async function boot(manifestURL) {
  const timings = { workerStarted: performance.timeOrigin };
  const lap = (name) => {
    timings[name] = performance.now();
  };
  lap("boot");
  post({ type: "progress", percent: 2, text: "downloading" });
  const manifest = fetchManifest(manifestURL);
  const wheel = manifest.then((m) => fetchWheel(manifestURL, m));
  wheel.catch(() => {}); // reported below, after Pyodide
  const snapshot = manifest.then((m) => readSnapshot(m.sha256), () => null);
  for (const name of ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]) prefetch(name);
  for (const started of early.values()) started.catch(() => {}); // reported when Pyodide asks
  let loadPyodide;
  let createPyodideModule;
  try {
    const [loader, runtime] = await Promise.all([
      importVerified("pyodide.mjs"),
      importVerified("pyodide.asm.mjs"),
    ]);
    loadPyodide = loader.loadPyodide;
    createPyodideModule = runtime.default;
    lap("imported");
  } catch (error) {
    throw new Error(`Python (Pyodide) could not be downloaded intact from ${new URL(PYODIDE_BASE).host}`);
  }
  self.fetch = pyodideFetch;
  const options = { indexURL: PYODIDE_BASE, createPyodideModule, stdout: () => {}, stderr: () => {} };
  const kept = await snapshot;
  if (!kept) post({ type: "snapshot", missing: true }); // none kept: the page forgets its hint
  let pyodide;
  try {
    if (kept) {
      try {
        pyodide = await loadPyodide({ ...options, _loadSnapshot: kept });
        timings.snapshot = "used";
      } catch (error) {
        if (downloadFailed) throw error; // a core file, not the snapshot: keep the snapshot
        timings.snapshot = `refused (${error.message || error})`;
        await forgetSnapshots(); // a damaged snapshot: boot as on a first visit
        for (const name of ["pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"]) prefetch(name);
      }
    }
    pyodide ??= await loadPyodide({ ...options, _makeSnapshot: true });
  } catch (error) {
    throw new Error(`Python (Pyodide) could not start: ${error.message || error}`);
  } finally {
    self.fetch = nativeFetch;
  }
  lap("loaded");
  post({ type: "progress", percent: 90, text: "installing the calculators" });
  // From a snapshot, calc's imported modules are in memory but its files are not: unpack
  // them again (modules imported later, such as calc.web.views, are read from them).
  pyodide.unpackArchive(await wheel, "wheel");
  lap("unpacked");
  if (timings.snapshot !== "used") pyodide.runPython(BRIDGE);
  callCalc = pyodide.globals.get("_calc_call_json");
  python = pyodide;
  lap("ready");
  post({ type: "ready", timings });
  if (timings.snapshot !== "used") {
    // Once the first answers are out, and only if no playground code has run (a snapshot
    // must hold calc and nothing a reader typed).
    const { sha256 } = await manifest;
    setTimeout(() => {
      if (sessions.size === 0 && !executing) {
        saveSnapshot(pyodide, sha256).then((saved) =>
          post({ type: "snapshot", saved, heapBytes: pyodide._module.HEAP8.length }));
      }
    }, SNAPSHOT_DELAY_MS);
  }
}

// A playground block: its printed lines go to the page as they come (a long loop shows its
// progress), then {ok}. A block that never ends is stopped by the page terminating this worker.
// Blocks run one after another (a block that awaits must not mix its output with the next).
let queue = Promise.resolve();
const enqueue = (message) => {
  queue = queue.then(() => execute(message));
};

async function execute({ id, session, code }) {
  executing = true;
  if (!sessions.has(session)) sessions.set(session, python.globals.get("dict")());
  const write = (text) => post({ type: "output", id, text });
  python.setStdout({ batched: write });
  python.setStderr({ batched: write });
  let ok = true;
  try {
    // As at a Python prompt: the repr of a last expression that is not None is printed.
    await python.globals.get("_playground_exec")(code, sessions.get(session));
  } catch (error) {
    ok = false;
    write(String(error.message || error).trimEnd());
  } finally {
    executing = false;
    python.setStdout({ batched: () => {} });
    python.setStderr({ batched: () => {} });
  }
  post({ type: "result", id, result: { ok } });
}

function callJson(fn, args) {
  try {
    return JSON.parse(callCalc(fn, JSON.stringify(args)));
  } catch (error) {
    return { ok: false, errors: {}, failure: String(error.message || error) };
  }
}

self.onmessage = (event) => {
  const message = event.data;
  if (message.type === "boot") {
    boot(message.manifestURL).catch((error) => post({ type: "failed", reason: String(error.message || error) }));
  } else if (message.type === "call") {
    // calc.web.views.call(fn, args): the solver, ranges, chart data and export. An answer that
    // wants the chart comes in two parts, for one call: the numbers (and ranges) at once, then
    // the chart ({type: "more"}), so the chart's drawing never delays the numbers.
    const [name, inputs, scenario, ranges, chart] = message.args;
    const split = message.fn === "answer" && chart === true;
    const result = callJson(message.fn, split ? [name, inputs, scenario, ranges, false] : message.args);
    const more = split && result.result?.ok === true;
    post({ type: "result", id: message.id, result, more });
    if (more) post({ type: "more", id: message.id, more: { chart: callJson("chart", [name, inputs]) } });
  } else if (message.type === "exec") {
    enqueue(message);
  }
};
