"""What a compared figure counts: its basis, and comparisons that refuse to mix bases.

Two energy figures compare only if they draw the same boundary (the chip's rated power, a
measured power with the host's share, and whether the data centre's PUE is in); two costs only
if they use the same kind of price (on demand, committed, the publisher's own assumption) of the
same GPU type from the same price list; two emissions figures only if they are counted the same
way on the same kind of grid; and any two only if they cover the same scope (the final run, or
the whole development). :func:`ratio_of` divides two :class:`Figure` objects and raises
:class:`~calc.errors.CalcError` when their bases differ; :func:`with_pue` is the one named
conversion between energy boundaries (a sourced PUE takes an energy to the facility's meter).

>>> a = Figure(1065.6, "MWh", Energy("chip rated power"))
>>> b = Figure(21588.0, "MWh", Energy("chip rated power"))
>>> round(ratio_of(b, a), 1)
20.3
>>> try:
...     ratio_of(b, Figure(1287.0, "MWh", Energy("measured, with host share", pue=True)))
... except CalcError as err:
...     print(err.argument, "refused:", err.value)
basis refused: measured, with host share × PUE
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from .constants import Constant
from .errors import CalcError
from .formulas import ratio

__all__ = [
    "Cost", "Emissions", "Energy", "Figure", "Power", "PriceKind", "Scope", "ratio_of",
    "with_pue",
]

#: Whose power an energy figure multiplies by time: the chip's rated maximum (TDP), a measured
#: accelerator alone, or a measured accelerator with its share of the host (CPUs, memory, fans).
Power = Literal["chip rated power", "measured accelerator", "measured, with host share"]
#: What a figure covers: the final training run only, one stage of it (such as a reinforcement-
#: learning stage after a pre-training it leaves out), or the whole development (ablations,
#: failed runs, restarts).
Scope = Literal["final run", "one stage", "whole development"]
#: The kind of price a cost uses.
PriceKind = Literal[
    "on-demand", "committed for one year", "committed for three years", "spot",
    "publisher's assumption", "owner's cost",
]


@dataclass(frozen=True)
class Energy:
    """An energy figure's boundary: whose power, with the data centre's PUE or without."""

    power: Power
    pue: bool = False
    scope: Scope = "final run"

    def __str__(self) -> str:
        text = self.power + (" × PUE" if self.pue else "")
        return text if self.scope == "final run" else f"{text}, {self.scope}"


@dataclass(frozen=True)
class Cost:
    """A cost's price: its kind, vendor, instance, GPU type with memory, region and date."""

    kind: PriceKind
    vendor: str
    gpu: str
    instance: str = ""
    region: str = ""
    date: str = ""  # when the price was read (a year, or YYYY-MM-DD); "" if undated
    scope: Scope = "final run"

    def __str__(self) -> str:
        where = ", ".join(x for x in (self.instance, self.region) if x)
        when = f", as of {self.date}" if self.date else ", undated"
        text = f"{self.vendor} {self.kind} {self.gpu}" + (f" ({where})" if where else "") + when
        return text if self.scope == "final run" else f"{text}, {self.scope}"


@dataclass(frozen=True)
class Emissions:
    """An emissions figure's accounting and grid, and what energy it multiplies."""

    accounting: Literal["location-based", "market-based", "dynamic power only", "life cycle",
                        "not stated"]
    grid: Literal["named", "implied by the publisher's figures", "ours", "not published"]
    energy: Energy | None = None  # the energy boundary it multiplies, where stated
    scope: Scope = "final run"

    def __str__(self) -> str:
        text = f"{self.accounting}, grid {self.grid}"
        if self.energy is not None:
            text += f", on {self.energy}"
        return text if self.scope == "final run" else f"{text}, {self.scope}"


Basis = Energy | Cost | Emissions


@dataclass(frozen=True)
class Figure:
    """A number with its unit and the basis it is counted on."""

    value: float
    unit: str
    basis: Basis


def ratio_of(numerator: Figure, denominator: Figure) -> float:
    """``numerator / denominator``, only when both count the same thing.

    Raises :class:`CalcError` when the units or bases differ: convert one first (:func:`with_pue`).

    >>> cost = Cost("on-demand", "AWS", "A100-40GB", date="2024")
    >>> ratio_of(Figure(2.0, "USD", cost), Figure(1.0, "USD", cost))
    2.0
    >>> try:
    ...     ratio_of(Figure(2.0, "USD", cost), Figure(1.0, "USD", replace(cost, gpu="V100-16GB")))
    ... except CalcError as err:
    ...     print(err.value)
    AWS on-demand V100-16GB, as of 2024
    """
    if numerator.unit != denominator.unit:
        raise CalcError("unit", denominator.unit, f"the same unit as {numerator.unit!r}")
    if numerator.basis != denominator.basis:
        raise CalcError(
            "basis", str(denominator.basis),
            f"the same basis as {str(numerator.basis)!r} (convert one through a named "
            "conversion first)",
        )
    return ratio(numerator.value, denominator.value)


def with_pue(figure: Figure, pue: Constant) -> Figure:
    """An energy figure without PUE, taken to the facility's meter by a sourced PUE.

    >>> from calc.constants import PATTERSON_GPT3_PUE
    >>> f = with_pue(Figure(100.0, "MWh", Energy("chip rated power")), PATTERSON_GPT3_PUE)
    >>> round(f.value, 6), str(f.basis)
    (110.0, 'chip rated power × PUE')
    """
    basis = figure.basis
    if not isinstance(basis, Energy) or basis.pue:
        raise CalcError("figure", str(basis), "an energy figure without PUE")
    if not pue.value >= 1:
        raise CalcError("pue", pue.value, "a PUE of at least one")
    return Figure(figure.value * pue.value, figure.unit, replace(basis, pue=True))
