// "What would make this claim true?" forms (markup: docs/snippets/solver_html.py). Choosing an
// input asks calc.web.views.solve_view in the Python worker; texts are shown with textContent.
import { python } from "./python-client.js";

const READY = "Solved in your browser by calc.solver, the code that built this page.";

// Returns a function that removes what it wired (instant navigation swaps the page out).
export function wireSolver(form) {
  if (form.dataset.wired === "true") return () => {};
  form.dataset.wired = "true";
  const py = python();
  const claim = form.dataset.solver;
  const status = form.querySelector("[data-solver-status]");
  const slots = {
    value: form.querySelector("[data-solver-value]"),
    range: form.querySelector("[data-solver-range]"),
    judgement: form.querySelector("[data-solver-judgement]"),
    basis: form.querySelector("[data-solver-basis]"),
  };
  let sequence = 0;
  let pending = false;
  let answers = 0;
  let unsubscribe = null;

  const chosen = () => form.querySelector('input[name="solve-for"]:checked')?.value;
  // The answer solved when the page was built, for the input checked in the markup.
  const built = {
    input: chosen(),
    texts: Object.fromEntries(Object.entries(slots).map(([k, el]) => [k, el.textContent])),
    judgement: form.dataset.judgement,
  };

  function label(input) {
    const radio = form.querySelector(`input[name="solve-for"][value="${CSS.escape(input || "")}"]`);
    return radio?.parentElement?.textContent.trim() || input;
  }

  // Without Python: the build-time answer if it is for the chosen input, else say so plainly.
  function showUnavailable(reason) {
    const input = chosen();
    delete form.dataset.stale;
    if (input === built.input) {
      for (const [k, el] of Object.entries(slots)) el.textContent = built.texts[k];
      form.dataset.judgement = built.judgement;
      status.textContent = `Solving in your browser is unavailable because ${reason}; the answer shown was solved when this page was built.`;
    } else {
      for (const el of Object.values(slots)) el.textContent = "—";
      delete form.dataset.judgement;
      status.textContent = `Solving for ${label(input)} needs Python, which is unavailable because ${reason}. Only the answer for ${label(built.input)} was solved when this page was built.`;
    }
  }

  function show(s) {
    slots.range.textContent = s.range_text;
    slots.basis.textContent = s.basis;
    if (s.ok) {
      slots.value.textContent = s.value_text;
      slots.judgement.textContent = s.sentence;
      form.dataset.judgement = s.judgement;
    } else {
      slots.value.textContent = "no possible value";
      slots.judgement.textContent = s.message || "Python could not solve this claim.";
      form.dataset.judgement = "impossible";
    }
    status.textContent = READY;
    delete form.dataset.stale;
    answers += 1;
    form.dataset.answers = String(answers);
  }

  async function solve() {
    if (py.state === "unavailable") {
      pending = false;
      showUnavailable(py.reason);
      return;
    }
    if (py.state !== "ready") {
      pending = true;
      // The answer shown is for the previous choice until Python solves this one.
      if (chosen() !== built.input || answers > 0) form.dataset.stale = "true";
      status.textContent = "Loading Python to solve it in your browser…";
      py.start();
      return;
    }
    pending = false;
    const id = ++sequence;
    const input = chosen();
    let result;
    try {
      result = await py.call("solve", [claim, input]);
    } catch {
      return;
    }
    if (id === sequence && form.isConnected) show(result);
  }

  status.textContent = "Choose an input: Python solves for it in your browser.";
  const noSubmit = (event) => event.preventDefault();
  const start = () => py.start();
  form.addEventListener("change", solve);
  form.addEventListener("submit", noSubmit);
  form.addEventListener("focusin", start);
  unsubscribe = py.subscribe((client) => {
    if (!form.isConnected) return;
    if (client.state === "ready" && pending) solve();
    else if (client.state === "unavailable") {
      pending = false;
      showUnavailable(client.reason);
    }
  });
  return () => {
    unsubscribe?.();
    sequence += 1; // an answer still in flight is dropped
    form.removeEventListener("change", solve);
    form.removeEventListener("submit", noSubmit);
    form.removeEventListener("focusin", start);
  };
}
