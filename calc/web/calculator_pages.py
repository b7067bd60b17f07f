"""What each calculator shows, in one place: one :class:`CalculatorPage` per calculator.

The model's :class:`~calc.calculators.CalculatorSpec` (in :mod:`calc.calculators`) holds a
calculator's numbers: its inputs, outputs, formula, scenarios and reference constants. Its page
spec here holds everything a reader reads about it: the title, each output's label, the results
as text, the formula with the numbers filled in, and whether the page offers low–high ranges and
a chart (and the chart's settings). Every other module of :mod:`calc.web` and
``docs.snippets.calculator_html`` reads a calculator's words from here, and
``tests/test_calculator_specs.py`` checks that the two specs of each calculator agree.

An input keeps its name, and its label, in every calculator it is in, so input labels are one
table by input name (:data:`INPUT_LABELS`), not one per calculator.

>>> PAGES["energy"].title, PAGES["energy"].chart.output
('Energy and emissions', 'energy_mwh')
>>> page("size").chart is None, page("size").primary
(True, 'active_params')
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from .. import constants as k
from ..calculators import (
    GPT3_A100_HOURS,
    GPT3_V100_HOURS,
    Calculation,
    CalculatorSpec,
    calculator,
)
from ..errors import CalcError
from ..formatting import (
    fmt_count,
    fmt_exact,
    fmt_multiple,
    fmt_percent,
    fmt_power_of_ten,
    fmt_price,
    fmt_quantity,
    fmt_usd,
)
from ..units import (
    DAYS_PER_YEAR,
    GRAMS_PER_TONNE,
    HOURS_PER_DAY,
    KWH_PER_MWH,
    SECONDS_PER_DAY,
    SECONDS_PER_HOUR,
    TERA,
    WATTS_PER_KW,
)

__all__ = ["INPUT_LABELS", "PAGES", "CalculatorPage", "ChartSpec", "Formula", "Texts", "page"]

#: Every output of a calculation as text: ``(outputs in base units, inputs in display units)``.
Texts = Callable[[Mapping[str, float], Mapping[str, float]], dict[str, str]]
#: The formula of one calculation, with its numbers filled in.
Formula = Callable[[Calculation], str]


@dataclass(frozen=True)
class ChartSpec:
    """A calculator's chart: the reader's result for one output beside reference scenarios.

    ``shared`` names the inputs the reference bars take from the reader, so that every bar is on
    one basis (the cost chart prices every run at the reader's price per GPU-hour; its bars then
    compare GPU-hours, each run on its own GPU type, as the labels say); ``shared_label`` ends
    each reference bar's label to say so.
    """

    output: str  # the output charted (its unit is the model's)
    axis: str  # the axis title (", logarithmic scale" is dropped when the scale is linear)
    references: tuple[str, ...]  # scenario keys of the reference bars, in order
    note: str  # what the bars compare, under the chart
    shared: tuple[str, ...] = ()
    shared_label: str = ""


@dataclass(frozen=True)
class CalculatorPage:
    """What one calculator shows: the page side of its model spec (:attr:`model`)."""

    model: CalculatorSpec
    title: str
    #: Each output's label, by output name (the same name can mean another thing elsewhere).
    outputs: Mapping[str, str]
    texts: Texts
    formula: Formula
    #: Whether the page offers the low–high ranges of the uncertain inputs.
    ranges: bool = False
    chart: ChartSpec | None = None

    @property
    def name(self) -> str:
        """The calculator's name (its model's)."""
        return self.model.name

    @property
    def primary(self) -> str:
        """The output the sensitivity list ranks inputs by: the charted one, else the first."""
        return self.chart.output if self.chart is not None else self.model.outputs[0].name

    def output_label(self, output_name: str) -> str:
        """The label of one of its results; :class:`CalcError` for an unknown output."""
        self.model.output(output_name)  # CalcError for a name the model does not have
        return self.outputs[output_name]


# ---------------------------------------------------------------- input labels
#: Each input's label (an input keeps its name, and its label, in every calculator it is in).
INPUT_LABELS: dict[str, str] = {
    "params": "Parameters (active per token)",
    "tokens": "Training tokens",
    "flops_per_param_token": "FLOPs per parameter per token",
    "gpus": "GPUs",
    "flops_per_gpu": "Sustained throughput per GPU",
    "peak_flops_per_gpu": "Peak throughput per GPU (datasheet)",
    "days": "Training time",
    "usd_per_gpu_hour": "Price per GPU-hour",
    "watts_per_gpu": "Average power per GPU",
    "pue": "PUE (facility ÷ IT energy)",
    "grid_gco2e_per_kwh": "Grid carbon intensity",
    "total_params": "Total parameters",
    "active_fraction": "Share of parameters active per token",
    "budget_usd": "Budget",
    "utilisation": "Utilisation (share of peak, in model FLOPs)",
    "tokens_per_prompt": "Tokens generated per prompt",
    "training_mwh": "A training run's energy, to compare",
    "usd_per_gpu_hour_1yr": "Price per GPU-hour, committed for one year",
    "usd_per_gpu_hour_3yr": "Price per GPU-hour, committed for three years",
    "capital_per_gpu_usd": "Capital per GPU (its share of a server and the network)",
    "depreciation_oom_per_year": "Value lost per year (orders of magnitude)",
    "usd_per_kwh": "Electricity price per kWh",
    "tokens_per_param": (
        f"Tokens per parameter (Chinchilla: {fmt_count(k.CHINCHILLA_TOKENS_PER_PARAM.value)})"
    ),
}


# ---------------------------------------------------------------- shared pieces of text
def _fmt_days(days: float) -> str:
    if days >= DAYS_PER_YEAR * 10:
        return fmt_quantity(days / DAYS_PER_YEAR, "years")
    return fmt_quantity(days, "days")


def _share(share: float, what: str) -> str:
    """``3.9% of <what>`` below one, ``2.1× <what>`` above."""
    return f"{fmt_percent(share)} of {what}" if share < 1 else f"{fmt_multiple(share)} {what}"


def _same_price(share: float, gpt3_hours: float, gpu: str) -> str:
    """"3.9% of GPT-3's cost on V100s at this price (3.12 million V100-hours)"."""
    return _share(share, f"GPT-3's cost on {gpu}s at this price ({fmt_count(gpt3_hours)} "
                         f"{gpu}-hours)")


def _num(value: float) -> str:
    """A number inside a formula: digits grouped, never Python's 1e+06.

    >>> _num(1e6), _num(1e-6), _num(2.5), _num(24_000_000.0)
    ('1,000,000', '1 × 10⁻⁶', '2.5', '24,000,000')
    """
    return fmt_exact(value)


# ---------------------------------------------------------------- compute
def _compute_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    rule = k.FLOPS_PER_PARAM_TOKEN.value
    compared = fmt_multiple(out["vs_gpt3"]) + " GPT-3's compute"
    if inputs["flops_per_param_token"] != rule:
        compared += f" (both counted at {fmt_count(rule)} FLOPs per parameter per token)"
    return {
        "flops": fmt_quantity(out["flops"], "FLOPs"),
        "days": _fmt_days(out["days"]),
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "utilisation": fmt_percent(out["utilisation"]),
        "vs_gpt3": compared,
    }


def _compute_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"FLOPs = {_num(v['flops_per_param_token'])} × {fmt_count(c.value('params'), 12)} "
        f"parameters × {fmt_count(c.value('tokens'), 12)} tokens; days = FLOPs ÷ "
        f"({fmt_count(v['gpus'])} GPUs × {_num(v['flops_per_gpu'])} TFLOP/s × "
        f"{_num(SECONDS_PER_DAY)} s)"
    )


_COMPUTE = CalculatorPage(
    calculator("compute"),
    "Training compute and time",
    {
        "flops": "Training compute",
        "days": "Wall-clock time",
        "gpu_hours": "GPU-hours",
        "utilisation": "Utilisation (sustained ÷ peak)",
        "vs_gpt3": "Compared with GPT-3",
    },
    _compute_texts,
    _compute_formula,
)


# ---------------------------------------------------------------- cost
def _cost_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "cost_usd": fmt_usd(out["cost_usd"]),
        "vs_gpt3": _same_price(out["vs_gpt3"], GPT3_V100_HOURS, "V100"),
        "vs_gpt3_a100": _same_price(out["vs_gpt3_a100"], GPT3_A100_HOURS, "A100"),
    }


def _cost_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"cost = {fmt_count(v['gpus'])} GPUs × {_num(v['days'])} days × {_num(HOURS_PER_DAY)} h "
        f"× {fmt_price(v['usd_per_gpu_hour'])} per GPU-hour"
    )


_COST = CalculatorPage(
    calculator("cost"),
    "Cloud cost of one training run",
    {
        "gpu_hours": "GPU-hours",
        "cost_usd": "Rental cost",
        "vs_gpt3": "If these are V100-hours: against GPT-3 on V100s, same price",
        "vs_gpt3_a100": "If these are A100-hours: against GPT-3 on A100s, same price",
    },
    _cost_texts,
    _cost_formula,
    ranges=True,
    chart=ChartSpec(
        "cost_usd",
        "Rental cost (US dollars, logarithmic scale)",
        ("gpt3_patterson", "m6_10t_article"),
        (
            "Every bar is priced at your price per GPU-hour, so the bars compare GPU-hours: "
            "GPT-3's are V100-hours (Patterson et al.), M6-10T's are of a GPU type Alibaba did "
            "not publish, and a V100-hour buys less computation than an A100-hour."
        ),
        shared=("usd_per_gpu_hour",),
        shared_label=", at your price",
    ),
)


# ---------------------------------------------------------------- energy
def _energy_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "energy_mwh": fmt_quantity(out["energy_mwh"], "MWh"),
        "emissions_tco2e": fmt_quantity(out["emissions_tco2e"], "tCO2e"),
        "vs_gpt3": _share(out["vs_gpt3"], "GPT-3's energy at its measured power"),
        "vs_gpt3_tdp": _share(out["vs_gpt3_tdp"], "GPT-3's energy at its V100s' TDP"),
        "car_lifetimes": fmt_quantity(out["car_lifetimes"], "car lifetimes (Strubell)", 2),
    }


def _energy_formula(c: Calculation) -> str:
    v = c.inputs
    watts_per_mw = fmt_power_of_ten(round(math.log10(WATTS_PER_KW * KWH_PER_MWH)))
    return (
        f"MWh = {fmt_count(v['gpus'])} GPUs × {_num(v['days'] * HOURS_PER_DAY)} h × "
        f"{_num(v['watts_per_gpu'])} W × PUE {_num(v['pue'])} ÷ {watts_per_mw}; "
        f"tCO2e = MWh × {_num(v['grid_gco2e_per_kwh'])} g/kWh ÷ "
        f"{_num(GRAMS_PER_TONNE / KWH_PER_MWH)}"
    )


_ENERGY = CalculatorPage(
    calculator("energy"),
    "Energy and emissions",
    {
        "energy_mwh": "Facility energy",
        "emissions_tco2e": "Emissions",
        "vs_gpt3": "If your power is measured with the host's share: against GPT-3's V100s at "
        f"their measured {fmt_quantity(k.PATTERSON_GPT3_WATTS.value, 'W')}, same PUE",
        "vs_gpt3_tdp": "If your power is a chip's rated power (TDP): against GPT-3 at its V100s' "
        "TDP, same PUE",
        "car_lifetimes": "Car lifetimes (Strubell)",
    },
    _energy_texts,
    _energy_formula,
    ranges=True,
    chart=ChartSpec(
        "energy_mwh",
        "Training energy (MWh, logarithmic scale)",
        ("gpt3_patterson", "m6_10t_article", "gpt3_h100_2026"),
        (
            "The bars count power on two bases: GPT-3's is OpenAI's measured "
            f"{fmt_quantity(k.PATTERSON_GPT3_WATTS.value, 'W')} per V100 with its share of the "
            "host; the M6-10T and H100 bars are the chips' rated power, without the host. Set a "
            "rated power against GPT-3 at its V100s' rated power (the second comparison above), "
            "not against its bar."
        ),
    ),
)


# ---------------------------------------------------------------- size
def _size_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "active_params": fmt_count(out["active_params"]) + " parameters per token",
        "total_vs_gpt3": fmt_multiple(out["total_vs_gpt3"]) + " GPT-3 (total parameters)",
        "active_vs_gpt3": fmt_multiple(out["active_vs_gpt3"]) + " GPT-3 (compute per token)",
    }


def _size_formula(c: Calculation) -> str:
    return (
        f"active = {fmt_count(c.value('total_params'))} × "
        f"{fmt_percent(c.value('active_fraction'), 3)}; "
        f"GPT-3 = {fmt_count(k.GPT3_PARAMS.value)} parameters, all active"
    )


_SIZE = CalculatorPage(
    calculator("size"),
    "Parameters: total against active per token",
    {
        "active_params": "Active parameters per token",
        "total_vs_gpt3": "Total parameters vs GPT-3",
        "active_vs_gpt3": "Compute per token vs GPT-3",
    },
    _size_texts,
    _size_formula,
)


# ---------------------------------------------------------------- budget
def _budget_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "flops": fmt_quantity(out["flops"], "FLOPs"),
        "vs_gpt3": fmt_multiple(out["vs_gpt3"]) + " GPT-3's compute",
        "optimal_params": fmt_count(out["optimal_params"]) + " parameters",
        "optimal_tokens": fmt_count(out["optimal_tokens"]) + " tokens",
    }


def _budget_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"FLOPs = {fmt_usd(v['budget_usd'])} ÷ {fmt_price(v['usd_per_gpu_hour'])}/GPU-hour × "
        f"{_num(SECONDS_PER_HOUR)} s × {_num(c.value('peak_flops_per_gpu') / TERA)} TFLOP/s × "
        f"{fmt_percent(c.value('utilisation'), 3)}; N = √(FLOPs ÷ "
        f"({fmt_count(k.FLOPS_PER_PARAM_TOKEN.value)} × {_num(v['tokens_per_param'])}))"
    )


_BUDGET = CalculatorPage(
    calculator("budget"),
    "What a budget buys",
    {
        "gpu_hours": "GPU-hours bought",
        "flops": "Training compute",
        "vs_gpt3": "Compared with GPT-3",
        "optimal_params": "Compute-optimal model size",
        "optimal_tokens": "Compute-optimal training tokens",
    },
    _budget_texts,
    _budget_formula,
)


# ---------------------------------------------------------------- every calculator's page
#: The page spec of every calculator, by name (the model's, :data:`calc.calculators.CALCULATORS`).
# ---------------------------------------------------------------- rent or own
def _own_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    def locks(cost: str, commit: str) -> str:
        return f"{fmt_usd(out[cost])}, after committing {fmt_usd(out[commit])}"

    return {
        "gpu_hours": fmt_count(out["gpu_hours"]) + " GPU-hours",
        "cost_on_demand": fmt_usd(out["cost_on_demand"]) + ", with nothing committed",
        "cost_1yr": fmt_usd(out["cost_1yr"]),
        "commit_1yr": fmt_usd(out["commit_1yr"]),
        "cost_3yr": fmt_usd(out["cost_3yr"]),
        "commit_3yr": fmt_usd(out["commit_3yr"]),
        "cost_own": fmt_usd(out["cost_own"]) + ": the value the hardware loses, and its energy",
        "capital": fmt_usd(out["capital"]),
    } | {"cost_1yr": locks("cost_1yr", "commit_1yr"),
         "cost_3yr": locks("cost_3yr", "commit_3yr")}


_TEN = 10.0  # orders of magnitude are powers of ten: r × ln 10 is the share lost per year


def _own_formula(c: Calculation) -> str:
    v = c.inputs
    hours = f"{fmt_count(v['gpus'])} GPUs × {_num(v['days'])} days × {_num(HOURS_PER_DAY)} h"
    return (
        f"on demand = {hours} × {fmt_price(v['usd_per_gpu_hour'])}; committed for a year = the "
        f"same hours × {fmt_price(v['usd_per_gpu_hour_1yr'])}, after committing "
        f"{fmt_count(v['gpus'])} GPUs × {_num(DAYS_PER_YEAR)} days × "
        f"{fmt_price(v['usd_per_gpu_hour_1yr'])}; owned = {hours} × "
        f"{fmt_usd(v['capital_per_gpu_usd'])} × {_num(v['depreciation_oom_per_year'])} × "
        f"{_num(math.log(_TEN))} ÷ hours in a year + the hours × {_num(v['watts_per_gpu'])} W × "
        f"PUE {_num(v['pue'])} × "
        f"{fmt_price(v['usd_per_kwh'])} per kWh"
    )


_OWN = CalculatorPage(
    calculator("own"),
    "Rent or own: what would this run cost you?",
    {
        "cost_on_demand": "Renting on demand",
        "gpu_hours": "GPU-hours",
        "cost_1yr": "Renting, committed for a year",
        "commit_1yr": "What a one-year commitment locks in",
        "cost_3yr": "Renting, committed for three years",
        "commit_3yr": "What a three-year commitment locks in",
        "cost_own": "Owning: the run's share (Epoch AI's method)",
        "capital": "Owning: the capital to buy the cluster",
    },
    _own_texts,
    _own_formula,
    ranges=True,
)


# ---------------------------------------------------------------- serving
def _serving_texts(out: Mapping[str, float], inputs: Mapping[str, float]) -> dict[str, str]:
    return {
        "wh_per_prompt": fmt_quantity(out["wh_per_prompt"], "Wh", 3),
        "gco2e_per_prompt": fmt_quantity(out["gco2e_per_prompt"], "gCO2e", 3),
        "kwh_per_million_tokens": fmt_quantity(out["kwh_per_million_tokens"], "kWh", 3),
        "prompts_per_training": fmt_quantity(out["prompts_per_training"], "prompts", 3),
    }


def _serving_formula(c: Calculation) -> str:
    v = c.inputs
    return (
        f"energy per prompt = {_num(k.KAPLAN_FORWARD_FLOPS_PER_PARAM_TOKEN.value)} × "
        f"{_num(v['params'])} billion parameters × {fmt_count(v['tokens_per_prompt'])} tokens ÷ "
        f"({_num(v['peak_flops_per_gpu'])} TFLOP/s × {_num(v['utilisation'])}%) × "
        f"{_num(v['watts_per_gpu'])} W × PUE {_num(v['pue'])}"
    )


_SERVING = CalculatorPage(
    calculator("serving"),
    "Serving one prompt",
    {
        "wh_per_prompt": "Energy per prompt",
        "gco2e_per_prompt": "Emissions per prompt",
        "kwh_per_million_tokens": "Energy per million tokens generated",
        "prompts_per_training": "Prompts that take the training run's energy (on one basis)",
    },
    _serving_texts,
    _serving_formula,
    ranges=True,
)


PAGES: dict[str, CalculatorPage] = {
    p.name: p for p in (_COMPUTE, _COST, _OWN, _SERVING, _ENERGY, _SIZE, _BUDGET)
}


def page(calculator_name: str) -> CalculatorPage:
    """The page spec of calculator ``calculator_name``, or :class:`CalcError` naming the ones
    there are.

    >>> page("cost").output_label("cost_usd")
    'Rental cost'
    """
    if calculator_name not in PAGES:
        raise CalcError("calculator", calculator_name, "one of " + ", ".join(PAGES))
    return PAGES[calculator_name]
