// The one place that names the Pyodide release the site runs. Tests and the benchmark read
// PYODIDE_BASE from this file, so changing the version here changes it everywhere.
export const PYODIDE_VERSION = "314.0.7";
export const PYODIDE_BASE = "https://cdn.jsdelivr.net/pyodide/v314.0.7/full/";
// Decompressed bytes of the core files Pyodide downloads (wasm, stdlib, loader), used only to
// draw the progress bar; a wrong guess makes the bar less smooth, never wrong in the end.
export const PYODIDE_EXPECTED_BYTES = 13_400_000;
// Give up when no byte has arrived and no step has finished for this long.
export const STALL_TIMEOUT_MS = 20_000;
