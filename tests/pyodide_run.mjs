// Runs a Python script under Pyodide in Node with the calc wheel installed, prints its result.
// Usage: node pyodide_run.mjs <wheel> <script.py>
import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";

const [wheel, script] = process.argv.slice(2);
const pyodide = await loadPyodide();
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
const result = await pyodide.runPythonAsync(readFileSync(script, "utf8"));
process.stdout.write(String(result));
