// "What would make this claim true?" forms (markup: docs/snippets/solver_html.py). Choosing an
// input asks calc.interactive.solve_view in the Python worker; texts are shown with textContent.
import { python } from "./python-client.js";

const READY = "Solved in your browser by calc.solver, the code that built this page.";

export function wireSolver(form) {
  if (form.dataset.wired === "true") return;
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
    answers += 1;
    form.dataset.answers = String(answers);
  }

  async function solve() {
    if (py.state !== "ready") {
      pending = true;
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
  form.addEventListener("change", solve);
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("focusin", () => py.start());
  unsubscribe = py.subscribe((client) => {
    if (!form.isConnected) {
      unsubscribe?.();
      return;
    }
    if (client.state === "ready" && pending) solve();
    else if (client.state === "unavailable") {
      status.textContent = `Solving in your browser is unavailable because ${client.reason}; the answer shown was solved when this page was built.`;
    }
  });
}
