"""Comparisons name their basis, and the breakages that once passed the whole suite now fail.

Each test here was written against a breakage that the suite let through before: swapping Llama
3.1 8B's and 70B's GPU-hours (the pinned total did not move), raising the "accurate" tolerance
from 0.5% to 5%, dropping a run from the later runs (the page then said "four runs" above five
rows), and dividing figures on different bases (GPT-3's facility energy by later runs' chip
energy; one run's cost at a V100 price by another's at an A100 price).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calc import constants as k
from calc.basis import Cost, Emissions, Energy, Figure, ratio_of, with_pue
from calc.errors import CalcError
from calc.rule import ACCURATE_TOLERANCE, ROUNDED_TOLERANCE, Finding, judge
from calc.runs import CHIP_BASIS, LATER_RUNS, RUNS, cost_usd_of, energy_vs
from calc.scenarios import SCENARIOS

# ---------------------------------------------------------------- every constant against its quote
_SCALE = {"K": 1e3, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12, "thousand": 1e3, "million": 1e6,
          "billion": 1e9, "trillion": 1e12}
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*(thousand|million|billion|trillion|[kKMBT](?![a-z]))?"
)
_WORDS = {"five": 5.0}
#: Constants whose quote states their figure in another form, with why.
_STATED_OTHERWISE = {
    "DICKSON_RD_HIGH_MULTIPLE": "the quote writes the number as a word",  # "five times"
    "OPT_SHARE_OF_GPT3": "the quote writes a fraction",  # "1/7th"
}


def _numbers(quote: str) -> list[float]:
    found = [_WORDS[w] for w in re.findall(r"[a-z]+", quote.lower()) if w in _WORDS]
    for m in _NUMBER.finditer(quote):
        x = float(m.group(1).replace(",", ""))
        found += [x, x * _SCALE.get(m.group(2) or "", 1.0)]
    # a decimal comma: "20,4 ktCO₂e" (Mistral AI); one digit after a comma is no thousands
    found += [float(f"{a}.{b}") for a, b in re.findall(r"(\d+),(\d)(?!\d)", quote)]
    # a product the source writes out: "64*8 H800 GPUs" (DeepSeek-R1) states 512
    found += [float(a) * float(b) for a, b in re.findall(r"(\d+)\s*[*×]\s*(\d+)", quote)]
    return found


def _in_quote(c: k.Constant) -> bool:
    """Whether the constant's value (in any power-of-ten unit) is a number its quote states."""
    if c.value == 0:
        return 0.0 in _numbers(c.quote)
    if c.key == "OPT_SHARE_OF_GPT3":
        return "1/7" in c.quote and c.value == pytest.approx(1 / 7)
    scales = (1e-6, 1e-3, 1e-2, 1.0, 1e2, 1e3, 1e6, 1e9, 1e12)
    return any(abs(x * s - c.value) <= 1e-6 * abs(c.value)
               for x in _numbers(c.quote) for s in scales)


@pytest.mark.parametrize(
    "const",
    [c for c in k.CONSTANTS.values() if not c.derived_from and c.unit != "date"],
    ids=lambda c: c.key,
)
def test_every_constant_is_the_number_its_quote_states(const: k.Constant) -> None:
    """A constant read from a source holds the figure its own quote gives (swapping Llama 3.1 8B's
    1.46M and 70B's 7.0M GPU-hours fails here: each quote is the card's own row)."""
    assert _in_quote(const), (const.key, const.value, const.quote)


def test_the_quote_check_catches_a_swap() -> None:
    swapped = replace(k.LLAMA31_8B_GPU_HOURS, value=k.LLAMA31_70B_GPU_HOURS.value)
    assert _in_quote(k.LLAMA31_8B_GPU_HOURS) and not _in_quote(swapped)


def test_derived_constants_name_what_they_derive_from() -> None:
    # A figure no quote states must say what it is computed from.
    for c in k.CONSTANTS.values():
        if c.unit != "date" and not _in_quote(c) and c.key not in _STATED_OTHERWISE:
            assert c.derived_from, c.key


# ---------------------------------------------------------------- the rule's tolerances
def test_accurate_means_within_rounding_of_the_sources_last_digit() -> None:
    """Narayanan et al. 2021: 34 days, recomputed 33.9 (0.3%): accurate. A figure 1% or 4% off a
    primary recomputation is rounded, not accurate (a 5% "accurate" tolerance fails here)."""
    f = Finding(100.0, 100.0, "", (), (k.NARAYANAN_GPT3_DAYS,))
    assert judge(100.3, f)[0] == "accurate"
    assert judge(101.0, f)[0] == "rounded"
    assert judge(104.0, f)[0] == "rounded"
    assert judge(120.0, f)[0] == "wrong"
    assert ACCURATE_TOLERANCE < 0.01 < ROUNDED_TOLERANCE < 0.2


# ---------------------------------------------------------------- bases
_ENERGY = st.builds(Energy, st.sampled_from(["chip rated power", "measured accelerator",
                                             "measured, with host share"]), st.booleans(),
                    st.sampled_from(["final run", "whole development"]))
_COST = st.builds(Cost, st.sampled_from(["on-demand", "committed for one year", "spot",
                                         "publisher's assumption"]),
                  st.sampled_from(["AWS", "Azure"]), st.sampled_from(["V100-16GB", "A100-40GB"]),
                  date=st.sampled_from(["", "2021", "2024"]))
_EMISSIONS = st.builds(Emissions, st.sampled_from(["location-based", "market-based"]),
                       st.sampled_from(["named", "ours"]))
_BASES = st.one_of(_ENERGY, _COST, _EMISSIONS)
_VALUES = st.floats(min_value=1e-3, max_value=1e9)


@given(_VALUES, _VALUES, _BASES, _BASES)
def test_a_ratio_is_refused_exactly_when_the_bases_differ(a: float, b: float, x: object,
                                                           y: object) -> None:
    first, second = Figure(a, "u", x), Figure(b, "u", y)  # type: ignore[arg-type]
    if x == y:
        assert ratio_of(first, second) == pytest.approx(a / b)
    else:
        with pytest.raises(CalcError):
            ratio_of(first, second)


@given(_VALUES, _ENERGY)
def test_pue_is_the_named_conversion_to_the_facility(mwh: float, basis: Energy) -> None:
    figure = Figure(mwh, "MWh", basis)
    if basis.pue:
        with pytest.raises(CalcError):
            with_pue(figure, k.META_PUE)
    else:
        facility = with_pue(figure, k.META_PUE)
        assert facility.basis == replace(basis, pue=True)
        assert facility.value == pytest.approx(mwh * k.META_PUE.value)


def test_every_pair_of_runs_compares_energy_on_one_basis() -> None:
    """Five years on divides run energies: every whole final run with GPU-hours is on the chips'
    rated power; one stage of a run (DeepSeek-R1's reinforcement learning) and a published
    figure on another basis (GPT-3's 1,287 MWh) cannot be divided by them."""
    final = [r for r in RUNS.values() if r.energy is not None and r.scope == "final run"]
    assert len(final) >= 10
    for a, b in itertools.permutations(final, 2):
        assert a.energy is not None and b.energy is not None
        assert a.energy.basis == CHIP_BASIS
        assert energy_vs(a, b) == pytest.approx(a.energy.value / b.energy.value)
    stage = RUNS["deepseek_r1"]
    assert stage.energy is not None and stage.energy.basis != CHIP_BASIS
    with pytest.raises(CalcError):
        energy_vs(stage, RUNS["gpt3"])
    for no_hours in ("olmo2_7b", "kimi_k2", "qwen3_235b"):
        assert RUNS[no_hours].energy is None
        with pytest.raises(CalcError, match=RUNS[no_hours].name):
            energy_vs(RUNS[no_hours], RUNS["gpt3"])
    gpt3 = RUNS["gpt3"].published_energy
    assert gpt3 is not None and gpt3.basis != CHIP_BASIS
    with pytest.raises(CalcError):
        ratio_of(gpt3, RUNS["llama31_405b"].energy)


def test_costs_divide_only_within_one_price() -> None:
    priced = [r for r in RUNS.values() if r.cost is not None]
    for a, b in itertools.permutations(priced, 2):
        assert a.cost is not None and b.cost is not None
        if a.cost.basis == b.cost.basis:
            assert ratio_of(a.cost, b.cost) > 0
        else:
            with pytest.raises(CalcError):
                ratio_of(a.cost, b.cost)




def test_each_run_has_one_energy_and_one_price_everywhere() -> None:
    """DeepSeek-V3 was 1,952 MWh on Five years on and 2,147 MWh in its calculator scenario (a
    PUE of 1.1 in one place only): a run's scenario now gives the energy and price its row does."""
    with_hours = {key for key in LATER_RUNS if RUNS[key].gpu_hours is not None}
    assert with_hours <= set(SCENARIOS)  # each has a scenario, under the run's own key
    for key in with_hours:
        run, v = RUNS[key], {n: i.value for n, i in SCENARIOS[key].inputs.items()}
        mwh = v["gpus"] * v["days"] * 24 * v["watts_per_gpu"] * v["pue"] / 1e6
        assert mwh == pytest.approx(run.energy_mwh, rel=1e-3), key
        assert run.gpu_hours is not None
        assert v["usd_per_gpu_hour"] == pytest.approx(cost_usd_of(run) / run.gpu_hours), key


def test_the_runs_data_file_has_no_ratio_across_bases_and_names_each_basis() -> None:
    from calc.web.datafiles import run_rows

    for row in run_rows():
        assert not any(key.startswith("cost_vs") for key in row), row.keys()
        run = RUNS[row["key"]]
        if run.gpu_hours is None or run.gpu is None:  # nothing to put on a basis
            assert row["energy_mwh"] is None and row["cost_usd"] is None
            continue
        expected = CHIP_BASIS if run.scope == "final run" else replace(CHIP_BASIS,
                                                                         scope=run.scope)
        assert row["energy_basis"] == str(expected)
        assert row["cost_basis"]
        if row["published_mwh"] is not None:
            assert row["published_energy_basis"]


# ---------------------------------------------------------------- the page and its runs
def test_the_page_counts_and_lists_every_later_run() -> None:
    """Dropping a run from LATER_RUNS once left "four runs" above five rows: the count, the
    sentence that sorts the runs by energy, and the rows must all hold the same runs."""
    from docs.snippets.macros import numbers

    n = numbers()
    later = [RUNS[key] for key in LATER_RUNS]
    assert n["five_run_count"] == str(len(later))
    listed = n["five_more_energy_runs"] + " " + n["five_less_energy_runs"]
    # Each run is in the energy sentence, or named among those it leaves out, and why.
    compared = [r for r in later if r.energy is not None and r.energy.basis == CHIP_BASIS
                and not r.estimate]
    assert n["five_energy_run_count"] == str(len(compared))
    for run in later:
        left_out = " ".join(n[f"five_{why}_runs"] for why in ("no_hours", "estimated", "stage"))
        assert (listed.count(run.name + " (") == 1) != (run.name in left_out), run.name
    references = {"gpt3", "m6_10t"}
    assert set(RUNS) == references | set(LATER_RUNS)


# ---------------------------------------------------------------- the page layer divides nothing
#: Names that mark an energy, a cost or an emissions figure in code.
_QUANTITY = re.compile(r"mwh|energy|tco2e|cost|usd|price|emission", re.IGNORECASE)
#: Divisions of such figures the page layer may make by hand, each on one basis by construction.
_ALLOWED = {
    # GPT-3's emissions against a car's lifetime: the article's own comparison, judged as a claim.
    ("docs/snippets/macros.py", "K.PATTERSON_GPT3_TCO2E.value"),
    # The cost page's like-for-like table: both runs at the same price of one GPU type (its row).
    ("docs/snippets/page_tables.py", "c6"),
    # The formula text: grams per tonne over kWh per MWh, units.
    ("calc/web/calculator_pages.py", "GRAMS_PER_TONNE"),
}


def _divisions(path: Path) -> list[tuple[int, str]]:
    import ast

    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
            operands = [node.left, node.right]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                node.func, "id", "")) == "ratio":
            operands = list(node.args[:2])
        else:
            continue
        text = " / ".join(ast.unparse(o) for o in operands)
        if _QUANTITY.search(text):
            found.append((node.lineno, ast.unparse(operands[0])))
    return found


def test_the_page_layer_compares_energy_cost_and_emissions_only_through_ratio_of() -> None:
    """Five years on once divided GPT-3's facility energy by later runs' chip energy in a macro.
    Every page module (docs/snippets, calc/web) now divides such figures only with
    calc.basis.ratio_of (directly or through calc.runs), which refuses two bases; the few
    divisions left are listed above with why each is on one basis."""
    root = Path(__file__).resolve().parents[1]
    modules = [*(root / "docs" / "snippets").rglob("*.py"), *(root / "calc" / "web").rglob("*.py")]
    offending = []
    for path in modules:
        rel = str(path.relative_to(root))
        for line, numerator in _divisions(path):
            if not any(rel == f and numerator.startswith(n) for f, n in _ALLOWED):
                offending.append(f"{rel}:{line}: {numerator}")
    assert not offending, "a division of energy, cost or emissions outside ratio_of:\n" + (
        "\n".join(offending))


def test_the_division_check_catches_a_hand_made_ratio(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text("x = RUNS['llama31_405b'].energy_mwh / RUNS['gpt3'].energy_mwh\n")
    assert _divisions(probe)


def test_each_published_emissions_figure_carries_its_basis() -> None:
    """The runs count emissions in different ways (Patterson et al. location-based, Meta both
    location- and market-based, BLOOM dynamic power only and life cycle, OPT not stated): each
    figure carries its basis, and dividing two on different bases is refused."""
    figures = [(r.key, Figure(e.tco2e.value, "tCO2e", e.basis))
               for r in RUNS.values() for e in r.emissions]
    assert len(figures) >= 6
    for (a, x), (b, y) in itertools.permutations(figures, 2):
        if x.basis != y.basis:
            with pytest.raises(CalcError):
                ratio_of(x, y)
        elif y.value > 0:  # Meta's market-based zeros divide nothing
            assert ratio_of(x, y) >= 0, (a, b)
    kinds = {x.basis.accounting for _, x in figures}
    assert {"location-based", "market-based", "dynamic power only", "not stated"} <= kinds
