// The one place that names the Pyodide release the site runs. The worker, the benchmark, the
// Content-Security-Policy hook (docs/.overrides/hooks/csp.py) and the macro {{ pyodide_version }}
// (docs/snippets/macros.py) all read it from here; the tests compare it
// with the npm copy in tests/package.json. To move to another release: install it there
// (npm install pyodide@X --save-exact), then set PYODIDE_VERSION and the hashes below.
export const PYODIDE_VERSION = "314.0.8";
export const PYODIDE_BASE = `https://cdn.jsdelivr.net/pyodide/v${PYODIDE_VERSION}/full/`;
// Subresource Integrity of every core file the site loads from the CDN (sha384 of the files in
// the npm package pyodide@PYODIDE_VERSION; tests/browser/test_site_assets.py checks them). The
// worker refuses a file that is not exactly this one: the two .mjs modules are fetched with
// `integrity`; the others are hashed as they stream in (pyodide-worker.js).
export const PYODIDE_SRI = {
  "pyodide.mjs": "sha384-VR+eYp8LZKGhhQ7Nql3TONJIMizM0VRxz87k6V7IyuQHElicjy7ULmkOuB2LFR3b",
  "pyodide.asm.mjs": "sha384-zZV4ZBUhsbFzcmaHqwfipWI/BS8YH7Duesu1Rrtyx1HRqFAyz+Mt/HRiMtNyWdwU",
  "pyodide.asm.wasm": "sha384-L3e25SSwmf8Q0I8qcgGD/PNkK1wyivO8lWFSko3xXQZ8uLNcYkZXJlX8LU3oVH/o",
  "python_stdlib.zip": "sha384-ShW1Tjb4ytDLumQGuwRa/PTLxHcN6agBzp2wIRZSJNK8tEt2QMRDnG69N58KhHqM",
  "pyodide-lock.json": "sha384-o8SQQvpVlZnOl04+3dFTJipKxul9GbViVusA379wlOrfHSgxbzt0yPiqCTxOiYES",
};
// Decompressed bytes of the core files Pyodide downloads (wasm, stdlib, loader), used only to
// draw the progress bar; a wrong guess makes the bar less smooth, never wrong in the end.
export const PYODIDE_EXPECTED_BYTES = 13_400_000;
// The largest heap whose memory snapshot Pyodide can restore: it restores into the heap it
// starts with, 30 MiB in this release, and does not grow it first (pyodide issue 6254, open in
// 314.0.8: a larger one fails with "offset is out of bounds"). The worker keeps no snapshot of
// a heap that has grown past this, so a visit never throws one away and takes another.
export const SNAPSHOT_MAX_HEAP_BYTES = 30 * 1024 * 1024;
// Give up when no byte has arrived and no step has finished for this long.
export const STALL_TIMEOUT_MS = 20_000;
// Until the CDN's first byte arrives, give up sooner: a firewall that drops packets never
// answers, and the reader should learn that in seconds. A download that has started and then
// slows is left to the stall timer above.
export const FIRST_BYTE_TIMEOUT_MS = 8_000;
