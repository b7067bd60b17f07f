// Loads the pinned charting library (Chart.js) once per page load, with Subresource Integrity.
// Resolves to the Chart constructor, or rejects when it cannot load (blocked, offline, tampered).
import { CHART_JS_SRI, CHART_JS_URL, CHART_TIMEOUT_MS } from "./config.js";

const KEY = Symbol.for("green-ai.chart-loader");

export function loadChart() {
  if (globalThis[KEY]) return globalThis[KEY];
  globalThis[KEY] = new Promise((resolve, reject) => {
    if (globalThis.Chart) {
      resolve(globalThis.Chart);
      return;
    }
    const script = document.createElement("script");
    const timer = setTimeout(() => reject(new Error("timed out")), CHART_TIMEOUT_MS);
    script.src = CHART_JS_URL;
    script.integrity = CHART_JS_SRI;
    script.crossOrigin = "anonymous";
    script.async = true;
    script.dataset.chartLibrary = "";
    script.onload = () => {
      clearTimeout(timer);
      if (globalThis.Chart) resolve(globalThis.Chart);
      else reject(new Error("the library did not define Chart"));
    };
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error("it could not be downloaded intact"));
    };
    document.head.append(script);
  });
  return globalThis[KEY];
}
