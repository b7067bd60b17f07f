// Export of one calculator's numbers as CSV or JSON (markup: docs/snippets/calculator_html.py):
// on a click, Python (calc.web.export) writes the file; this module only downloads it. "Copy
// citation" needs no Python: it cites the results as shown, with the link that reproduces them
// (the inputs and the numbers' version in the URL) and when the numbers were last checked.
import { save } from "./downloads.js";
import { copyText, currentLink, dataVersion } from "./url-state.js";

function citation(root) {
  const title = root.querySelector(".calc__title")?.textContent.trim() ?? "Calculator";
  const select = root.querySelector("[data-scenario-select]");
  const scenario = select?.selectedOptions?.[0]?.textContent.trim();
  const results = [...root.querySelectorAll(".calc__outputs dt")]
    .map((dt) => `${dt.textContent.trim()}: ${dt.nextElementSibling?.textContent.trim() ?? ""}`)
    .join("; ");
  const url = new URL(currentLink());
  if (dataVersion()) url.searchParams.set("v", dataVersion());
  url.hash = root.closest("[id]")?.id ?? "";
  return `${title}${scenario ? ` (starting from: ${scenario})` : ""}: ${results}. Green AI by the Numbers, ${url.href} (numbers last checked ${dataVersion()}).`;
}

export function attachExport(controller) {
  const { root } = controller;
  const exportBox = root.querySelector("[data-export-box]");
  if (!exportBox) return () => {};
  const exportStatus = root.querySelector("[data-export-status]");
  const py = controller.python;
  const name = controller.name;
  const values = controller.values;
  const scenario = controller.scenario;
  let exportRefused = false; // the export status says why nothing was exported

  const download = (text, filename, type) => save(new Blob([text], { type }), filename);

  async function exportAs(format) {
    if (format === "cite") {
      const copied = await copyText(citation(root));
      exportStatus.textContent = copied ? "Citation copied: the results as shown, with a link that reproduces them." : "Could not copy the citation.";
      root.dataset.exported = copied ? "cite" : "refused";
      return;
    }
    if (py.state !== "ready") {
      exportRefused = true;
      exportStatus.textContent = py.state === "unavailable" ? `Export needs Python, which is unavailable because ${py.reason}.` : "Export needs Python, which is still loading: try again in a moment.";
      py.start();
      return;
    }
    let result;
    try {
      result = await py.call("export", [name, values(), scenario()]);
    } catch {
      return;
    }
    if (!result.ok) {
      exportRefused = true;
      exportStatus.textContent = result.message || "Nothing exported: Python could not export these numbers.";
      root.dataset.exported = "refused";
      return;
    }
    const filename = `${result.filename}.${format}`;
    if (format === "csv") download(result.csv, filename, "text/csv");
    else download(result.json_text, filename, "application/json");
    exportRefused = false;
    exportStatus.textContent = `Downloaded ${filename}.`;
    root.dataset.exported = format;
  }

  const buttons = [...exportBox.querySelectorAll("[data-export]")];
  const onClick = (event) => exportAs(event.currentTarget.dataset.export);
  exportBox.hidden = false;
  for (const button of buttons) button.addEventListener("click", onClick);
  const unsubscribe = controller.subscribe((event) => {
    // A refusal explained the numbers in error: it goes once they are valid again.
    if (event.type === "answer" && event.answer.result.ok && exportRefused && exportStatus) {
      exportRefused = false;
      exportStatus.textContent = "";
      if (root.dataset.exported === "refused") delete root.dataset.exported;
    }
  });
  return () => {
    unsubscribe();
    for (const button of buttons) button.removeEventListener("click", onClick);
  };
}
