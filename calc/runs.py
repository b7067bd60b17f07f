"""Training runs before and after the article, each read from its one entry in ``data/runs.toml``.

The article (November 2021) argued that efficient training would make large models greener and
let smaller players compete. The runs since published far more than M6 did, so both arguments
can be tested against them. Every run is one entry in ``data/runs.toml``: its figures, each with
its value, unit, source, the source's own words and verification level. :func:`load_runs` checks
each entry and turns its figures into :class:`~calc.constants.Constant` objects; the pages, the
data files, the chart, the calculators' scenarios and the scorecard all derive from
:data:`RUNS`. Where a run's power, GPU type or GPU count is not published, :attr:`Run.stand_ins`
says what fills the gap.

Training compute is counted as everywhere on the site: 6 FLOPs per active parameter per token
(Brown et al. 2020; Kaplan et al. 2020). Energy is GPU-hours × the rated power of the run's GPU
type (:data:`CHIP_BASIS`); cost is GPU-hours at one dated price per GPU-hour of that type: AWS's
on-demand list price in us-east-1 (:data:`USD_PER_GPU_HOUR`).

>>> r = RUNS["llama31_405b"]
>>> r.gpu_hours, round(r.energy_mwh), r.org_kind
(30840000.0, 21588, 'company')
>>> f"{training_flops_of(RUNS['deepseek_v3']):.3g}"
'3.29e+24'
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any, Final, Literal, cast, get_args

from . import constants as k
from . import quantities as q
from .basis import Cost, Emissions, Energy, Figure, Scope, ratio_of
from .errors import CalcError
from .formatting import fmt_count, fmt_percent, fmt_quantity
from .formulas import cloud_cost_usd, date_of, energy_mwh, gpu_hours, ratio, training_flops
from .prices import PRICES, GpuType, Price
from .rule import StandIn
from .sources import SOURCES, Source, add_source

__all__ = [
    "CHIP_BASIS", "DISCLOSURE", "GPT3_COST_SAME_BASIS", "LATER_RUNS", "M6_COST_SAME_BASIS",
    "PRICE_BASIS", "PRICE_ROW", "RUNS", "TDP_WATTS", "USD_PER_GPU_HOUR", "Disclosed", "Emission",
    "Run",
    "cost_usd_of", "disclosure", "energy_per_flop", "energy_per_flop_vs", "energy_vs",
    "has_compute", "has_energy", "load_runs", "training_flops_of",
]

OrgKind = Literal["company", "consortium", "start-up", "non-profit", "university"]

#: One dated price per GPU-hour per GPU type: AWS on-demand, us-east-1, 8-GPU instance ÷ 8, with
#: its basis, each a row of the price table (:mod:`calc.prices`). The H800 (DeepSeek's export
#: variant of the H100, same compute) is not sold by AWS: the H100's price stands in for it.
USD_PER_GPU_HOUR: Final[dict[GpuType, k.Constant]] = {
    "V100": k.AWS_P3_USD_PER_GPU_HOUR_2018,
    "A100": k.AWS_P4D_USD_PER_GPU_HOUR,
    "A100-80GB": k.AWS_P4DE_USD_PER_GPU_HOUR,
    "H100": k.AWS_P5_USD_PER_GPU_HOUR,
    "H800": k.AWS_P5_USD_PER_GPU_HOUR,
}
#: The price table's row behind each of those prices.
_ROW_OF: Final[dict[GpuType, str]] = {
    "V100": "AWS_P3_USD_PER_GPU_HOUR_2018", "A100": "AWS_P4D_USD_PER_HOUR",
    "A100-80GB": "AWS_P4DE_USD_PER_GPU_HOUR", "H100": "AWS_P5_USD_PER_GPU_HOUR",
    "H800": "AWS_P5_USD_PER_GPU_HOUR",
}
PRICE_ROW: Final[dict[GpuType, Price]] = {
    gpu: next(p for p in PRICES if p.key == key) for gpu, key in _ROW_OF.items()
}
#: What each of those prices is: kind, vendor, GPU and memory, instance, region and date.
PRICE_BASIS: Final[dict[GpuType, Cost]] = {gpu: row.basis for gpu, row in PRICE_ROW.items()}
#: Each GPU type's rated power (TDP): the one energy basis every run can be put on.
TDP_WATTS: Final[dict[GpuType, k.Constant]] = {
    "V100": k.V100_TDP_WATTS,
    "A100": k.A100_TDP_WATTS,
    "A100-80GB": k.A100_TDP_WATTS,
    "H100": k.H100_TDP_WATTS,
    "H800": k.H100_TDP_WATTS,
}
#: The basis of the runs' energy comparison: GPU-hours × the chip's rated power, no host, no PUE.
CHIP_BASIS: Final = Energy("chip rated power")

#: A run's figures, with the unit each must be written in ("" where any unit goes).
FIGURES: Final[dict[str, tuple[str, ...]]] = {
    "date": ("date",), "params": ("parameters",), "active_params": ("parameters",),
    "tokens": ("tokens",), "gpus": ("GPUs",), "days": ("days",), "gpu_hours": ("GPU-hours",),
    "watts_per_gpu": ("W",), "pue": ("",), "grid_gco2e_per_kwh": ("gCO2e/kWh",),
    "energy_mwh": ("MWh",), "water_kl": ("kL",), "usd_per_gpu_hour": ("USD/GPU-hour",),
    "cost_usd": ("USD",), "flops": ("FLOPs",), "development": (),
}
_LABELS: Final = {
    "date": "date", "params": "parameters", "active_params": "parameters active per token",
    "tokens": "training tokens", "gpus": "GPUs", "days": "training days",
    "gpu_hours": "GPU-hours", "watts_per_gpu": "power per GPU", "pue": "PUE",
    "grid_gco2e_per_kwh": "grid carbon intensity", "energy_mwh": "training energy",
    "water_kl": "water", "usd_per_gpu_hour": "assumed price per GPU-hour",
    "cost_usd": "training cost", "flops": "training compute (third-party estimate)",
    "development": "development beyond the final run",
}
_RUN_FIELDS: Final = frozenset({
    "name", "maker", "org", "org_kind", "date_note", "gpu", "gpu_level", "source",
    "makers_sources", "reference", "estimate", "sparse", "scope", "energy_basis", "emissions",
    "stand_ins", "notes", "disclosed", "own_data_centre",
    *FIGURES,
})
_REQUIRED: Final = ("name", "maker", "org", "org_kind", "date_note", "source", "makers_sources",
                    "date")
_FIGURE_FIELDS: Final = frozenset({"value", "unit", "quote", "level", "note", "source"})
_EMISSION_FIELDS: Final = _FIGURE_FIELDS | {"figure", "accounting", "grid_kind", "grid", "energy"}
_PLACEHOLDER: Final = re.compile(r"\{([A-Za-z0-9_]+)(:[q%])?\}")
#: A number typed into text; digits inside a name (A100s, CO2e, M6-10T) are not one.
_TYPED_NUMBER: Final = re.compile(r"(?<![\w.])(?<!\w-)\d")


@dataclass(frozen=True)
class Emission:
    """A published emissions figure, its basis (how it was counted, what kind of grid, on what
    energy) and the grid in words."""

    tco2e: k.Constant
    basis: Emissions
    grid: str

    @property
    def accounting(self) -> str:
        """How the emissions were counted (location- or market-based, ...)."""
        return self.basis.accounting


@dataclass(frozen=True)
class Run:
    """One training run: who, when, on what, and every figure published about it.

    ``figures`` maps a figure's name (:data:`FIGURES`) to its constant; a name that is absent
    was not published."""

    key: str
    name: str
    maker: str  # the short name a scenario's title gives
    org: str
    org_kind: OrgKind
    date_note: str  # what its date is: "paper", "report" or "released"
    gpu: GpuType | None  # None where the GPU type was never published
    gpu_level: str  # "P", "S", "other" (a third party's) or "" (not published)
    source_key: str
    makers_sources: tuple[str, ...]  # what its makers published (the rest is others' work)
    figures: Mapping[str, k.Constant]
    reference: bool = False  # GPT-3 and M6-10T: the article's own runs
    estimate: bool = False  # its figures are a third party's estimate: shown, never compared
    sparse: bool = False  # a mixture of experts whose active parameters were not published
    scope: Scope = "final run"  # what its GPU-hours cover: the final run, or one stage of it
    own_data_centre: bool = False  # trained in its maker's own hyperscale data centres
    published_basis: Energy | None = None  # what the published energy counts
    emissions: tuple[Emission, ...] = ()
    stand_ins: tuple[StandIn, ...] = ()
    notes: tuple[str, ...] = field(default=())
    cited: tuple[k.Constant, ...] = ()  # constants its notes and grids cite
    #: Scorecard cells its figures cannot show: a figure published in words or by dates (BLOOM's
    #: days, from its start and end), keyed by column; checked against :data:`DISCLOSURE`.
    disclosed: Mapping[str, str] = field(default_factory=dict)

    def figure(self, name: str) -> k.Constant | None:
        """The constant behind one of its figures, or ``None`` where not published."""
        return self.figures.get(name)

    @property
    def date(self) -> k.Constant:
        """When: its paper, report or release (YYYYMMDD), as :attr:`date_note` says."""
        return self.figures["date"]

    @property
    def params(self) -> k.Constant | None:
        """Its parameters, all of them (``None`` where never published)."""
        return self.figures.get("params")

    @property
    def active_params(self) -> k.Constant | None:
        """Sparse models: the parameters used per token."""
        return self.figures.get("active_params")

    @property
    def tokens(self) -> k.Constant | None:
        """Its training tokens (``None`` where never published)."""
        return self.figures.get("tokens")

    @property
    def watts_per_gpu(self) -> k.Constant | None:
        """The power per GPU its makers (or, for GPT-3, Patterson et al.) published."""
        return self.figures.get("watts_per_gpu")

    @property
    def published_mwh(self) -> k.Constant | None:
        """The energy published for it, on :attr:`published_basis`."""
        return self.figures.get("energy_mwh")

    @property
    def gpu_hours_from(self) -> tuple[k.Constant, ...]:
        """The figures its GPU-hours come from: the published total, or GPUs and days."""
        if "gpu_hours" in self.figures:
            return (self.figures["gpu_hours"],)
        if "gpus" in self.figures and "days" in self.figures:
            return (self.figures["gpus"], self.figures["days"])
        return ()

    @property
    def gpu_hours(self) -> float | None:
        """GPU-hours: published, or GPUs × days as the sources give them; ``None`` if neither."""
        parts = self.gpu_hours_from
        if len(parts) == 1:
            return parts[0].value
        if len(parts) == 2:
            return gpu_hours(parts[0].value, parts[1].value)
        return None

    @property
    def active(self) -> float | None:
        """Parameters that act on each token (all of them for a dense model)."""
        c = self.active_params or (None if self.sparse else self.params)
        return c.value if c else None

    @property
    def energy(self) -> Figure | None:
        """GPU-hours × the rated power of its GPU type: no host, no PUE (:data:`CHIP_BASIS`);
        ``None`` where its GPU-hours or GPU type were not published."""
        hours = self.gpu_hours
        if hours is None or self.gpu is None:
            return None
        return Figure(energy_mwh(1, hours, TDP_WATTS[self.gpu].value), "MWh",
                      replace(CHIP_BASIS, scope=self.scope))

    @property
    def energy_mwh(self) -> float:
        """:attr:`energy` in MWh; raises :class:`CalcError` where it cannot be computed."""
        e = self.energy
        if e is None:
            raise CalcError("run", self.name, "a run whose GPU-hours and GPU type were published")
        return e.value

    @property
    def published_energy(self) -> Figure | None:
        """The energy its makers (or, for GPT-3, Patterson et al.) published, on its own basis."""
        if self.published_mwh is None or self.published_basis is None:
            return None
        return Figure(self.published_mwh.value, "MWh", self.published_basis)

    @property
    def cost(self) -> Figure | None:
        """GPU-hours × AWS's on-demand price per GPU-hour of its GPU type (:data:`PRICE_BASIS`);
        ``None`` where its GPU-hours or GPU type were not published."""
        hours = self.gpu_hours
        if hours is None or self.gpu is None:
            return None
        return Figure(cloud_cost_usd(hours, USD_PER_GPU_HOUR[self.gpu].value), "USD",
                      replace(PRICE_BASIS[self.gpu], scope=self.scope))

    @property
    def year(self) -> float:
        """Decimal year of :attr:`date`, for charts."""
        d = date_of(self.date.value)
        return d.year + (d.timetuple().tm_yday - 0.5) / 365.0

    def constants(self) -> tuple[k.Constant, ...]:
        """Every constant this run is built from, each once."""
        used = list(self.figures.values())
        if self.gpu is not None:
            used.append(TDP_WATTS[self.gpu])
        used += [e.tco2e for e in self.emissions]
        used += self.cited
        return tuple(dict.fromkeys(used))


# ---------------------------------------------------------------- reading data/runs.toml
def _fail(where: str, value: object, allowed: str) -> CalcError:
    return CalcError(f"data/runs.toml: {where}", value, allowed)


def _text(entry: Mapping[str, Any], name: str, where: str, default: str | None = None) -> str:
    value = entry.get(name, default)
    if not isinstance(value, str) or (default is None and not value.strip()):
        raise _fail(f"{where}.{name}", value, "a non-empty string")
    return value


def _source(entry: Mapping[str, Any], where: str) -> Source:
    fields = {"authors", "title", "year", "url", "arxiv", "venue", "note", "short"}
    if set(entry) - fields:
        raise _fail(where, sorted(set(entry) - fields), f"only the fields {sorted(fields)}")
    year = entry.get("year")
    if not isinstance(year, int):
        raise _fail(f"{where}.year", year, "a year, such as 2025")
    texts = {name: _text(entry, name, where, "") for name in fields - {"year"}}
    for name in ("authors", "title", "url"):
        if not texts[name]:
            raise _fail(f"{where}.{name}", entry.get(name), "a non-empty string")
    return Source(key=where.split(".")[-1], year=year, **texts)


def _constant(run: str, name: str, entry: object, default_source: str, label: str,
              units: tuple[str, ...]) -> k.Constant:
    """A figure: the key of an existing constant, or a table defining a new one."""
    where = f"{run}.{name}"
    if isinstance(entry, str):
        if entry not in k.CONSTANTS:
            raise _fail(where, entry, "the key of a constant in calc/constants.py")
        const = k.CONSTANTS[entry]
    elif isinstance(entry, dict):
        extra = set(entry) - _FIGURE_FIELDS
        if extra:
            raise _fail(where, sorted(extra), f"only the fields {sorted(_FIGURE_FIELDS)}")
        value = entry.get("value")
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(
                value) or value < 0:
            raise _fail(f"{where}.value", value, "a finite number, zero or more")
        level = entry.get("level")
        if level not in get_args(k.Level):
            raise _fail(f"{where}.level", level, '"P" (primary) or "S" (secondary)')
        source = _text(entry, "source", where, default_source)
        if source not in SOURCES:
            raise _fail(f"{where}.source", source, "a source key in data/runs.toml or sources.py")
        unit = entry.get("unit", "")
        if not isinstance(unit, str) or (units and unit not in units):
            raise _fail(f"{where}.unit", unit, " or ".join(repr(u) for u in units) or "a string")
        try:
            const = k.define(f"{run}_{name}".upper(), label, float(value), unit, source,
                             _text(entry, "quote", where), cast(k.Level, level),
                             _text(entry, "note", where, ""))
        except KeyError as err:
            raise _fail(where, f"{run}_{name}".upper(), "a key no other constant has") from err
    else:
        raise _fail(where, entry, "a constant's key or a table with value, unit, quote, level")
    if units and const.unit not in units:
        raise _fail(f"{where}.unit", const.unit, " or ".join(repr(u) for u in units))
    if const.unit == "date":
        try:
            date_of(const.value)
        except CalcError as err:
            raise _fail(where, const.value, "a date written YYYYMMDD") from err
    return const


def _fill(text: str, where: str, flops: float | None) -> tuple[str, tuple[k.Constant, ...]]:
    """A text with its numbers written as {KEY} (a count), {KEY:q} (a quantity), {KEY:%} (a
    percentage) or {flops}: the text, and the constants it cites."""
    cited: list[k.Constant] = []

    def number(m: re.Match[str]) -> str:
        if m.group(1) == "flops":
            if flops is None:
                raise _fail(where, text, "{flops} only in a run whose compute is known")
            return fmt_quantity(flops, "")
        const = k.CONSTANTS.get(m.group(1))
        if const is None:
            raise _fail(where, m.group(0), "a placeholder naming a constant")
        cited.append(const)
        if m.group(2) == ":%":
            return fmt_percent(const.value)
        return fmt_quantity(const.value, "") if m.group(2) else fmt_count(const.value)

    filled = _PLACEHOLDER.sub(number, text)
    if _TYPED_NUMBER.search(_PLACEHOLDER.sub("", text)):
        raise _fail(where, text, "text whose numbers are written as {CONSTANT_KEY}")
    return filled, tuple(cited)


def _energy(entry: object, where: str) -> Energy:
    if not isinstance(entry, dict) or entry.get("power") not in _POWER:
        raise _fail(where, entry, f"a table with power one of {list(_POWER)}")
    pue, scope = entry.get("pue", False), entry.get("scope", "final run")
    if not isinstance(pue, bool) or scope not in _SCOPES or set(entry) - {"power", "pue", "scope"}:
        raise _fail(where, entry, f"power, pue (true or false) and scope one of {list(_SCOPES)}")
    return Energy(entry["power"], pue, cast(Scope, scope))


_POWER: Final = ("chip rated power", "measured accelerator", "measured, with host share")
_SCOPES: Final = get_args(Scope)
_ACCOUNTING: Final = ("location-based", "market-based", "dynamic power only", "life cycle",
                      "not stated")
_GRID_KINDS: Final = ("named", "implied by the publisher's figures", "ours", "not published")


def _scope(value: object, key: str) -> Scope:
    if value not in _SCOPES:
        raise _fail(f"{key}.scope", value, f"one of {list(_SCOPES)}")
    return cast(Scope, value)


def _run(key: str, entry: Mapping[str, Any]) -> Run:
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        raise _fail(key, key, "a key of lower-case letters, digits and _")
    unknown = set(entry) - _RUN_FIELDS
    if unknown:
        raise _fail(key, sorted(unknown), "known fields (see the top of data/runs.toml)")
    for name in _REQUIRED:
        if name not in entry:
            raise _fail(f"{key}.{name}", None, "given")
    name = _text(entry, "name", key)
    source = _text(entry, "source", key)
    if source not in SOURCES:
        raise _fail(f"{key}.source", source, "a source key in data/runs.toml or sources.py")
    makers = entry["makers_sources"]
    if not isinstance(makers, list) or not makers or any(m not in SOURCES for m in makers):
        raise _fail(f"{key}.makers_sources", makers, "a list of known source keys")
    org_kind = entry["org_kind"]
    if org_kind not in get_args(OrgKind):
        raise _fail(f"{key}.org_kind", org_kind, f"one of {list(get_args(OrgKind))}")
    gpu = entry.get("gpu", "") or None
    if gpu is not None and gpu not in get_args(GpuType):
        raise _fail(f"{key}.gpu", gpu, f"one of {list(get_args(GpuType))} or \"\"")
    gpu_level = entry.get("gpu_level", "")
    if gpu_level not in ("P", "S", "other", ""):
        raise _fail(f"{key}.gpu_level", gpu_level, '"P", "S", "other" or ""')
    figures = {
        f: _constant(key, f, entry[f], source, f"{name} {_LABELS[f]}", FIGURES[f])
        for f in FIGURES if f in entry
    }
    if "energy_mwh" in figures and "energy_basis" not in entry:
        raise _fail(f"{key}.energy_basis", None, "given with energy_mwh")
    basis = _energy(entry["energy_basis"], f"{key}.energy_basis") if "energy_basis" in entry \
        else None
    emissions = []
    cited: list[k.Constant] = []
    for i, e in enumerate(entry.get("emissions", ())):
        where = f"{key}.emissions[{i}]"
        if not isinstance(e, dict) or set(e) - _EMISSION_FIELDS:
            raise _fail(where, e, f"a table with the fields {sorted(_EMISSION_FIELDS)}")
        accounting, grid_kind = e.get("accounting"), e.get("grid_kind")
        if accounting not in _ACCOUNTING or grid_kind not in _GRID_KINDS:
            raise _fail(where, (accounting, grid_kind),
                        f"accounting one of {list(_ACCOUNTING)}, grid_kind one of "
                        f"{list(_GRID_KINDS)}")
        figure = e["figure"] if "figure" in e else {
            f: v for f, v in e.items() if f in _FIGURE_FIELDS}
        label = f"{name} emissions, {accounting}"
        tco2e = _constant(key, f"{accounting.replace('-', '_').replace(' ', '_')}_tco2e",
                          figure, source, label, ("tCO2e",))
        grid, grid_cites = _fill(_text(e, "grid", where), f"{where}.grid", None)
        cited += grid_cites
        energy = _energy(e["energy"], f"{where}.energy") if "energy" in e else None
        emissions.append(Emission(tco2e, Emissions(accounting, grid_kind, energy), grid))
    run = Run(
        key, name, _text(entry, "maker", key), _text(entry, "org", key), org_kind,
        _text(entry, "date_note", key), gpu, gpu_level, source, tuple(makers), figures,
        reference=bool(entry.get("reference", False)), estimate=bool(entry.get("estimate", False)),
        sparse=bool(entry.get("sparse", False)), scope=_scope(entry.get("scope", "final run"), key),
        own_data_centre=bool(entry.get("own_data_centre", False)),
        published_basis=basis, emissions=tuple(emissions),
    )
    flops = training_flops_of(run) if has_compute(run) else None
    notes = []
    for i, text in enumerate(entry.get("notes", ())):
        filled, cites = _fill(text, f"{key}.notes[{i}]", flops)
        notes.append(filled)
        cited += cites
    stand_ins = []
    for i, s in enumerate(entry.get("stand_ins", ())):
        if not isinstance(s, dict) or s.get("kind") not in ("other run", "assumption"):
            raise _fail(f"{key}.stand_ins[{i}]", s,
                        'a table with what and kind ("other run" or "assumption")')
        what, cites = _fill(_text(s, "what", f"{key}.stand_ins[{i}]"),
                            f"{key}.stand_ins[{i}]", flops)
        stand_ins.append(StandIn(what, s["kind"]))
        cited += cites
    disclosed = entry.get("disclosed", {})
    columns = [name for name, _ in DISCLOSURE]
    if not isinstance(disclosed, dict) or any(
            c not in columns or v not in ("P", "S", "others") for c, v in disclosed.items()):
        raise _fail(f"{key}.disclosed", disclosed,
                    f'a table of columns ({columns}) to "P", "S" or "others"')
    return Run(**{**run.__dict__, "notes": tuple(notes), "stand_ins": tuple(stand_ins),
                  "cited": tuple(dict.fromkeys(cited)), "disclosed": dict(disclosed)})


def load_runs(doc: Mapping[str, Any]) -> dict[str, Run]:
    """Check a parsed ``runs.toml`` and build its runs (and sources), in the file's order.

    Raises :class:`CalcError` naming the run and the field of the first bad entry."""
    for key, entry in doc.get("sources", {}).items():
        if not isinstance(entry, dict):
            raise _fail(f"sources.{key}", entry, "a table")
        if key not in SOURCES:
            add_source(_source(entry, f"sources.{key}"))
    runs = doc.get("runs")
    if not isinstance(runs, dict) or not runs:
        raise _fail("runs", runs, "a table of runs")
    unknown = set(doc) - {"sources", "runs"}
    if unknown:
        raise _fail("top level", sorted(unknown), "only [sources] and [runs]")
    return {key: _run(key, entry) for key, entry in runs.items()}


def _read() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data", "runs.toml").read_text("utf-8")
    return tomllib.loads(text)


# ---------------------------------------------------------------- what a run gives
def has_compute(run: Run) -> bool:
    """Whether its training compute is known: a third party's estimate, or its tokens and the
    parameters that act on each."""
    return "flops" in run.figures or (run.tokens is not None and run.active is not None)


def has_energy(run: Run) -> bool:
    """Whether it can be put on the energy basis: its GPU-hours and GPU type are known."""
    return run.energy is not None


def training_flops_of(run: Run) -> float:
    """6 × active parameters × tokens (the count GPT-3's 3.14e23 FLOPs uses), or, where its
    makers published neither, a third party's estimate (the run's ``flops`` figure)."""
    if "flops" in run.figures:
        return run.figures["flops"].value
    if run.tokens is None or run.active is None:
        raise CalcError("run", run.name, "a run whose training tokens and active parameters "
                        "were published")
    return training_flops(run.active, run.tokens.value, k.FLOPS_PER_PARAM_TOKEN.value)


def energy_per_flop(run: Run) -> float:
    """MWh per 10²¹ training FLOPs, at the chips' rated power: energy per unit of computation."""
    return ratio(run.energy_mwh, training_flops_of(run) / 1e21, name="MWh per 1e21 FLOPs")


def _energy_of(run: Run) -> Figure:
    e = run.energy
    if e is None:
        raise CalcError("run", run.name, "a run whose GPU-hours and GPU type were published")
    return e


def energy_per_flop_vs(run: Run, other: Run) -> float:
    """``run``'s energy per FLOP over ``other``'s, both at the chips' rated power (one basis)."""
    per = "MWh per 1e21 FLOPs"
    return ratio_of(Figure(energy_per_flop(run), per, _energy_of(run).basis),
                    Figure(energy_per_flop(other), per, _energy_of(other).basis))


def cost_usd_of(run: Run) -> float:
    """GPU-hours × AWS's on-demand price per GPU-hour of the run's GPU type."""
    c = run.cost
    if c is None:
        raise CalcError("run", run.name, "a run whose GPU-hours and GPU type were published")
    return c.value


def energy_vs(run: Run, other: Run) -> float:
    """``run``'s energy over ``other``'s, both at the chips' rated power (one basis)."""
    return ratio_of(_energy_of(run), _energy_of(other))


# ---------------------------------------------------------------- the disclosure scorecard
#: What a scorecard cell says: published by its makers, read in the primary source ("P") or
#: only in a secondary copy ("S"); computed from what they published ("derived": GPU-hours as
#: GPUs × days); published by others only ("others": a reconstruction or a third party's
#: estimate); or not published at all ("").
Disclosed = Literal["P", "S", "derived", "others", ""]

#: The scorecard's columns: a name, and the figures any one of which discloses it.
DISCLOSURE: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("parameters", ("params",)), ("active parameters", ("active_params",)),
    ("tokens", ("tokens",)), ("GPU type", ()), ("GPU count", ("gpus",)),
    ("GPU-hours", ("gpu_hours",)), ("days", ("days",)), ("power per GPU", ("watts_per_gpu",)),
    ("PUE", ("pue",)), ("grid", ("grid_gco2e_per_kwh",)), ("energy", ("energy_mwh",)),
    ("emissions", ()), ("cost", ("cost_usd", "usd_per_gpu_hour")),
    ("development", ("development",)), ("water", ("water_kl",)),
)


def _level(run: Run, consts: list[k.Constant]) -> Disclosed:
    mine = [c for c in consts if c.source_key in run.makers_sources]
    if any(c.level == "P" for c in mine):
        return "P"
    if mine:
        return "S"
    return "others" if consts else ""


def disclosure(run: Run) -> dict[str, Disclosed]:
    """For each scorecard column (:data:`DISCLOSURE`), whether and how it was published. A
    dense model's active parameters are its parameters, disclosed as they are."""
    out: dict[str, Disclosed] = {}
    for column, names in DISCLOSURE:
        consts = [run.figures[n] for n in names if n in run.figures]
        if column == "active parameters" and not consts and not run.sparse \
                and run.active_params is None and run.params is not None:
            consts = [run.params]
        if column == "GPU type":
            out[column] = cast(Disclosed, {"other": "others"}.get(run.gpu_level, run.gpu_level))
            continue
        if column == "emissions":
            consts = [e.tco2e for e in run.emissions]
        if column == "GPU-hours" and not consts and run.gpu_hours_from:
            parts = _level(run, list(run.gpu_hours_from))
            out[column] = "derived" if parts in ("P", "S") else parts
            continue
        if column == "grid" and not consts:
            consts = [e.tco2e for e in run.emissions if e.basis.grid == "named"]
        out[column] = _level(run, consts)
    for column, level in run.disclosed.items():
        out[column] = cast(Disclosed, level)
    return out


# ---------------------------------------------------------------- the runs
RUNS: Final[dict[str, Run]] = load_runs(_read())
#: The runs after the article; GPT-3 and M6-10T are in :data:`RUNS` as the references.
LATER_RUNS: Final = tuple(key for key, r in RUNS.items() if not r.reference)

#: GPT-3 and M6-10T at AWS's on-demand V100 price (the GPU type third-party notes give for M6-10T):
#: one price of one GPU type, so the two compare.
GPT3_COST_SAME_BASIS: Final = Figure(cost_usd_of(RUNS["gpt3"]), "USD", PRICE_BASIS["V100"])
M6_COST_SAME_BASIS: Final = Figure(
    cloud_cost_usd(q.M6_10T_GPU_HOURS, USD_PER_GPU_HOUR["V100"].value), "USD", PRICE_BASIS["V100"]
)
