// The low–high view of one calculator: the switch, the ranges panel and the outputs shown as
// ranges. It subscribes to the calculator's controller (calculator.js) and asks it for ranges in
// the one answer per edit while the low–high view is chosen or the panel is open.

function fillList(list, items, attribute) {
  if (!list) return;
  list.replaceChildren(
    ...items.map(([key, text]) => {
      const li = document.createElement("li");
      if (attribute) li.setAttribute(attribute, key);
      li.textContent = text;
      return li;
    }),
  );
}

export function attachRanges(controller) {
  const { root } = controller;
  const switcher = root.querySelector("[data-range-switch]");
  const box = root.querySelector("[data-ranges]");
  if (!switcher && !box) return () => {};
  const outputs = [...root.querySelectorAll("[data-output]")];
  const py = controller.python;
  let central = Object.fromEntries(outputs.map((o) => [o.dataset.output, o.textContent]));
  let centralKey = JSON.stringify(controller.values()); // inputs the central texts are for
  let last = null; // the last ranges, with the inputs they were computed for (key)
  let count = 0;

  const mode = () => switcher?.querySelector("input:checked")?.value || "central";
  const wanted = () => mode() === "range" || Boolean(box?.open);
  controller.want("ranges", wanted);
  controller.want("mode", mode);

  function showOutputs() {
    const ranged = mode() === "range" && last?.ok && last.key === centralKey;
    root.dataset.mode = ranged ? "range" : "central";
    // Ranges chosen but none for these numbers (a field in error, Python not there yet).
    if (mode() === "range" && !ranged) switcher.dataset.stale = "true";
    else if (switcher) delete switcher.dataset.stale;
    for (const output of outputs) {
      const key = output.dataset.output;
      const r = ranged ? last.outputs[key] : null;
      if (r) {
        output.textContent = r.text;
        output.dataset.low = String(r.low);
        output.dataset.central = String(r.central);
        output.dataset.high = String(r.high);
      } else {
        output.textContent = central[key] ?? output.textContent;
        delete output.dataset.low;
        delete output.dataset.central;
        delete output.dataset.high;
      }
    }
  }

  function showRanges(ranges, key) {
    if (ranges.ok) {
      last = { ...ranges, key };
      fillList(box?.querySelector("[data-range-inputs]"), Object.entries(ranges.ranges).map(([k, r]) => [k, `${r.label}: ${r.text}`]), "data-range-input");
      fillList(box?.querySelector("[data-range-outputs]"), Object.entries(ranges.outputs).map(([k, o]) => [k, `${o.label}: ${o.text}`]), "data-range-output");
      fillList(box?.querySelector("[data-sensitivity]"), ranges.sensitivity.map((row) => [row.input, row.text]), "data-sensitivity-input");
      if (box) delete box.dataset.stale;
    } else if (box) {
      box.dataset.stale = "true";
    }
    count += 1;
    root.dataset.rangesAnswers = String(count);
  }

  function markStale() {
    if (box) box.dataset.stale = "true";
  }

  const unsubscribe = controller.subscribe((event) => {
    if (event.type === "answer") {
      const { result, ranges } = event.answer;
      if (result.ok) {
        central = Object.fromEntries(Object.entries(result.outputs).map(([k, o]) => [k, o.text]));
        centralKey = JSON.stringify(event.inputs);
        if (ranges) showRanges(ranges, centralKey);
        else markStale(); // the panel is closed and the view central: ranges not asked for
      } else if (wanted()) {
        showRanges({ ok: false }, null); // asked for, and answered: nothing for these numbers
      } else {
        markStale();
      }
      showOutputs();
    } else if (event.type === "stale") {
      markStale();
    } else if (event.type === "scenario") {
      // A scenario chosen before Python is ready: its build-time numbers are shown.
      central = { ...event.texts };
      centralKey = JSON.stringify(event.inputs);
      last = null;
      markStale();
      showOutputs();
    } else if (event.type === "mode" && switcher) {
      const range = switcher.querySelector(`input[value="${event.mode}"]`);
      if (range) {
        range.checked = true;
        onSwitch();
      }
    }
  });

  function onSwitch() {
    if (mode() === "range") {
      if (box) box.open = true;
      if (py.state === "ready") controller.recompute();
      else py.start();
    }
    showOutputs();
    controller.saveState();
  }

  function onToggle() {
    // Opening the panel brings it up to date with the numbers shown.
    if (box.open && box.dataset.stale === "true" && py.state === "ready") controller.recompute();
  }

  if (switcher) {
    switcher.hidden = false;
    switcher.addEventListener("change", onSwitch);
  }
  box?.addEventListener("toggle", onToggle);
  return () => {
    unsubscribe();
    switcher?.removeEventListener("change", onSwitch);
    box?.removeEventListener("toggle", onToggle);
  };
}
