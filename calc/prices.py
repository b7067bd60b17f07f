"""The dated price table: what an hour of a GPU cost to rent, and what a GPU cost to buy.

Every price the site charges a run comes from ``data/prices.toml``: one row per price, with its
vendor, instance, GPU and memory, region, kind (on demand, committed for one or three years),
the date it was read and the archived page it was read from. :func:`price_at` picks the price a
run paid (the latest dated on or before its date), :func:`latest` the newest.

Owning is priced by Epoch AI's method (Cottier et al. 2024, §2.2 and Appendix A): a GPU's price,
times a chip-to-server factor where it is one GPU's (the rest of the server), divided by one
less the share of networking equipment (the rest of the cluster), is the capital per GPU; a run
is charged the value the hardware loses while it runs, r × ln 10 per year of GPU-hours, with r
= 0.14 orders of magnitude a year; energy is added at the chips' rated power × PUE × a price
per kWh. Where we depart from Epoch AI's method, and which way it moves the figure:

- no value lost before the run starts (Epoch AI depreciates the hardware from when it could be
  bought to the start of the run): ours is higher, GPT-4's by about 1.6×;
- energy at the chips' rated power × PUE, where Epoch AI takes 75% of a whole server's rated
  power: ours is 20–34% lower, a small part of the total;
- one purchase price per GPU type, a reseller's or analyst's asking price, not the earliest
  price Epoch AI's rule picks (which it then depreciates);
- nominal dollars of each price's date, where Epoch AI adjusts for inflation.

>>> p = price_at("A100", "committed for one year", 20211008)
>>> p.usd_per_gpu_hour, p.basis.date, p.basis.instance
(2.4, '2021-06-15', 'p4d.24xlarge')
>>> round(capital_per_gpu_usd(purchase("A100")))
30741
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, Literal, cast, get_args

from . import constants as k
from .basis import Cost, PriceKind
from .errors import CalcError, check_number
from .formulas import date_of
from .units import DAYS_PER_YEAR, HOURS_PER_DAY

__all__ = [
    "PRICES", "PURCHASES", "GpuType", "Price", "Purchase", "capital_per_gpu_usd",
    "commitment_usd", "latest",
    "owner_cost_usd", "price_at", "purchase", "usd_per_kwh_at",
]

GpuType = Literal["V100", "A100", "A100-80GB", "H100", "H800"]
_TIERS: Final = ("on-demand", "committed for one year", "committed for three years", "spot")
HOURS_PER_YEAR: Final = DAYS_PER_YEAR * HOURS_PER_DAY


@dataclass(frozen=True)
class Price:
    """One dated price per GPU-hour and what it is (:class:`~calc.basis.Cost`)."""

    key: str
    figure: k.Constant  # as the source states it: per GPU-hour, or per instance-hour
    gpus_per_instance: float  # 1 where the figure is per GPU-hour
    gpu_type: GpuType
    basis: Cost
    date: float  # YYYYMMDD
    archive: str

    @property
    def usd_per_gpu_hour(self) -> float:
        """The price of one GPU for one hour."""
        return self.figure.value / self.gpus_per_instance


@dataclass(frozen=True)
class Purchase:
    """What one GPU cost to buy, and whether the price is a share of a whole server's."""

    key: str
    figure: k.Constant
    gpu_type: GpuType
    date: float
    server: bool  # a server's price per GPU: the rest of the server is in it
    as_of: str  # how its date is written (a year, where only the year is known)


def _fail(where: str, value: object, allowed: str) -> CalcError:
    return CalcError(f"data/prices.toml: {where}", value, allowed)


def _figure(entry: Mapping[str, Any], where: str, units: tuple[str, ...],
            label: str) -> k.Constant:
    figure = entry.get("figure")
    if isinstance(figure, str):
        if figure not in k.CONSTANTS:
            raise _fail(f"{where}.figure", figure, "the key of a constant in calc/constants.py")
        const = k.CONSTANTS[figure]
    elif isinstance(figure, dict):
        value, level = figure.get("value"), figure.get("level")
        if isinstance(value, bool) or not isinstance(value, int | float) or not (
                math.isfinite(value) and value > 0):
            raise _fail(f"{where}.figure.value", value, "a finite number above zero")
        if level not in ("P", "S") or not figure.get("quote") or not figure.get("source"):
            raise _fail(f"{where}.figure", figure, 'a quote, a source and level "P" or "S"')
        try:
            const = k.define(str(entry["key"]), label, float(value), str(figure.get("unit", "")),
                             str(figure["source"]), str(figure["quote"]), cast(k.Level, level),
                             str(figure.get("note", "")))
        except KeyError as err:
            raise _fail(f"{where}.figure", entry["key"], "a new key and a known source") from err
    else:
        raise _fail(f"{where}.figure", figure, "a constant's key or a table")
    if const.unit not in units:
        raise _fail(f"{where}.figure.unit", const.unit, " or ".join(units))
    return const


def _common(entry: Mapping[str, Any], where: str) -> tuple[str, GpuType, float]:
    key, gpu, day = entry.get("key"), entry.get("gpu_type"), entry.get("date")
    if not isinstance(key, str) or not key:
        raise _fail(f"{where}.key", key, "a constant's key, such as AWS_P4D_2021_1YR")
    if gpu not in get_args(GpuType):
        raise _fail(f"{where}.gpu_type", gpu, f"one of {list(get_args(GpuType))}")
    try:
        date_of(float(day))  # type: ignore[arg-type]
    except (CalcError, TypeError, ValueError) as err:
        raise _fail(f"{where}.date", day, "a date written YYYYMMDD") from err
    return key, cast(GpuType, gpu), float(day)  # type: ignore[arg-type]


def load_prices(doc: Mapping[str, Any]) -> tuple[tuple[Price, ...], tuple[Purchase, ...]]:
    """Check a parsed ``prices.toml`` and build its rows; a bad row raises :class:`CalcError`
    naming it."""
    prices = []
    for i, entry in enumerate(doc.get("price", ())):
        where = f"price[{i}]"
        key, gpu, day = _common(entry, where)
        tier = entry.get("tier")
        if tier not in _TIERS:
            raise _fail(f"{where}.tier", tier, f"one of {list(_TIERS)}")
        per = float(entry.get("gpus_per_instance", 1))
        unit = "USD/instance-hour" if per != 1 else "USD/GPU-hour"
        label = (f"{entry.get('vendor', '')} {entry.get('instance', '')} ({entry.get('gpu', '')}), "
                 f"{tier}, {date_of(day).isoformat()}")
        figure = _figure(entry, where, (unit, "USD/hour") if per != 1 else (unit,), label)
        basis = Cost(cast(PriceKind, tier), str(entry.get("vendor", "")), str(entry.get("gpu", "")),
                     str(entry.get("instance", "")), str(entry.get("region", "")),
                     str(entry.get("as_of", date_of(day).isoformat())))
        prices.append(Price(key, figure, per, gpu, basis, day, str(entry.get("archive", ""))))
    purchases = []
    for i, entry in enumerate(doc.get("purchase", ())):
        where = f"purchase[{i}]"
        key, gpu, day = _common(entry, where)
        label = f"{gpu} purchase price per GPU" + (", a server's share" if entry.get(
            "server") else "")
        purchases.append(Purchase(key, _figure(entry, where, ("USD",), label), gpu, day,
                                  bool(entry.get("server", False)),
                                  str(entry.get("as_of", date_of(day).isoformat()))))
    return tuple(prices), tuple(purchases)


def _read() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("data", "prices.toml").read_text("utf-8")
    return tomllib.loads(text)


PRICES, PURCHASES = load_prices(_read())


def price_at(gpu: GpuType, tier: PriceKind, yyyymmdd: float, vendor: str = "AWS") -> Price | None:
    """The price of ``gpu`` of that kind a run of that date paid: the latest dated on or before
    it, else the earliest after it (the first the table has); ``None`` if the table has none."""
    rows = sorted((p for p in PRICES if p.gpu_type == gpu and p.basis.kind == tier
                   and p.basis.vendor == vendor), key=lambda p: p.date)
    before = [p for p in rows if p.date <= yyyymmdd]
    return before[-1] if before else (rows[0] if rows else None)


def latest(gpu: GpuType, tier: PriceKind, vendor: str = "AWS") -> Price | None:
    """The newest price of ``gpu`` of that kind in the table."""
    return price_at(gpu, tier, math.inf, vendor)


def purchase(gpu: GpuType) -> Purchase:
    """What one ``gpu`` cost to buy (the table's one row for it)."""
    for p in PURCHASES:
        if p.gpu_type == gpu:
            return p
    raise CalcError("GPU type", gpu, "a GPU type with a purchase price in data/prices.toml")


_SERVER_FACTOR: Final[dict[str, k.Constant]] = {
    "V100": k.EPOCH_CHIP_TO_SERVER_V100, "A100": k.EPOCH_CHIP_TO_SERVER_A100,
    "A100-80GB": k.EPOCH_CHIP_TO_SERVER_A100,
}


def capital_per_gpu_usd(bought: Purchase) -> float:
    """What one GPU's share of a cluster costs to buy: its price × Epoch AI's chip-to-server
    factor (1.69 for a V100, 1.66 for an A100, 1.64 for others) unless the price is a server's
    share already, ÷ (1 − the 19% of a cluster's cost that is networking)."""
    factor = 1.0 if bought.server else _SERVER_FACTOR.get(
        bought.gpu_type, k.EPOCH_CHIP_TO_SERVER_OTHER).value
    return bought.figure.value * factor / (1 - k.EPOCH_INTERCONNECT_SHARE.value)


def owner_cost_usd(gpu_hours: float, capital_per_gpu: float, depreciation_oom_per_year: float,
                   watts_per_gpu: float, pue: float, usd_per_kwh: float) -> float:
    """Owning instead of renting (Cottier et al. 2024, §2.2): the value the hardware loses over
    the run, capital per GPU × GPU-hours × r ln 10 ÷ hours per year, plus the energy, GPU-hours
    × power × PUE × price per kWh.

    >>> round(owner_cost_usd(8760, 10_000, 0.14, 0, 1, 0))  # one GPU-year: about 32% of it
    3224
    """
    for name, x in (("gpu_hours", gpu_hours), ("capital_per_gpu", capital_per_gpu),
                    ("depreciation_oom_per_year", depreciation_oom_per_year),
                    ("watts_per_gpu", watts_per_gpu), ("pue", pue), ("usd_per_kwh", usd_per_kwh)):
        check_number(name, x, allow_equal=True)
    hardware = capital_per_gpu * gpu_hours * depreciation_oom_per_year * math.log(10) \
        / HOURS_PER_YEAR
    energy = gpu_hours * watts_per_gpu * pue / 1000 * usd_per_kwh
    return hardware + energy


_KWH_PRICES: Final[dict[int, k.Constant]] = {
    2020: k.US_INDUSTRIAL_USD_PER_KWH_2020, 2021: k.US_INDUSTRIAL_USD_PER_KWH_2021,
    2022: k.US_INDUSTRIAL_USD_PER_KWH_2022, 2023: k.US_INDUSTRIAL_USD_PER_KWH_2023,
    2024: k.US_INDUSTRIAL_USD_PER_KWH_2024, 2025: k.US_INDUSTRIAL_USD_PER_KWH_2025,
}


def usd_per_kwh_at(yyyymmdd: float) -> k.Constant:
    """The US average industrial electricity price of the date's year, as Epoch AI's method
    takes it (the year a model is published); :class:`CalcError` for a year the table lacks."""
    year = date_of(yyyymmdd).year
    if year not in _KWH_PRICES:
        raise CalcError("year", year, f"a year from {min(_KWH_PRICES)} to {max(_KWH_PRICES)}")
    return _KWH_PRICES[year]


def commitment_usd(gpus: float, days: float, years: float, usd_per_gpu_hour: float) -> float:
    """What a commitment of ``years`` locks in: every GPU for every hour of whole terms covering
    the run (a run longer than a term needs a second one)."""
    terms = max(1, math.ceil(days / (DAYS_PER_YEAR * years)))
    return gpus * terms * years * HOURS_PER_YEAR * usd_per_gpu_hour
