"""Own or rent (issue 21): the dated price table, Epoch AI's method for owning, each run's cost on
every basis with what it locks in, and the rent-or-own calculator built on the same numbers."""

from __future__ import annotations

import copy
import itertools
import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from calc import constants as k
from calc.basis import Figure, ratio_of
from calc.calculators import calculate, scenario_inputs
from calc.costs import cost_lines
from calc.errors import CalcError
from calc.prices import (
    PRICES,
    capital_per_gpu_usd,
    latest,
    load_prices,
    owner_cost_usd,
    price_at,
    purchase,
)
from calc.runs import PRICE_ROW, RUNS, USD_PER_GPU_HOUR

DOC: dict[str, Any] = tomllib.loads(
    (Path(__file__).resolve().parents[1] / "calc" / "data" / "prices.toml").read_text("utf-8"))


def test_aws_a100_prices_of_june_2021_by_kind() -> None:
    """Epoch AI, Hardware prices.csv: AWS p4d.24xlarge, US East, archived 15 June 2021: $4.10 on
    demand, $2.40 committed for one year, $1.45 for three years, per A100-hour."""
    tiers = {kind: price_at("A100", kind, 20211008) for kind in
             ("on-demand", "committed for one year", "committed for three years")}
    assert {kind: round(p.usd_per_gpu_hour, 2) for kind, p in tiers.items() if p} == {
        "on-demand": 4.10, "committed for one year": 2.40, "committed for three years": 1.45}
    assert all(p is not None and p.basis.date == "2021-06-15" for p in tiers.values())


def test_aws_prices_after_the_june_2025_cut_are_the_newest() -> None:
    """Third-party copies of AWS's list after its June 2025 cut: p5.48xlarge $55.04, p4d.24xlarge
    $21.957642 an instance-hour (eight GPUs)."""
    h100, a100 = latest("H100", "on-demand"), latest("A100", "on-demand")
    assert h100 is not None and h100.usd_per_gpu_hour == pytest.approx(55.04 / 8)
    assert a100 is not None and a100.usd_per_gpu_hour == pytest.approx(21.957642 / 8)
    # A run of 2024 pays the price before the cut.
    before = price_at("H100", "on-demand", 20240723)
    assert before is not None and before.usd_per_gpu_hour == pytest.approx(98.32 / 8)


def test_each_runs_price_is_a_row_of_the_table() -> None:
    for gpu, const in USD_PER_GPU_HOUR.items():
        assert PRICE_ROW[gpu] in PRICES
        assert PRICE_ROW[gpu].usd_per_gpu_hour == pytest.approx(const.value)


def test_the_articles_run_at_its_committed_rate_and_what_that_locks_in() -> None:
    """At AWS's one-year rate of June 2021 ($2.40 per A100-hour, Epoch AI), M6-10T's 122,880
    GPU-hours cost $294,912, near the article's $307,200; but a one-year commitment for 512 GPUs
    is 512 × 8,760 h × $2.40 = $10,764,288."""
    lines = {(line.basis.kind, line.latest): line for line in cost_lines(RUNS["m6_10t"])}
    year = lines[("committed for one year", False)]
    assert year.usd == pytest.approx(122_880 * 2.40)
    assert year.locked_usd == pytest.approx(512 * 8760 * 2.40)
    three = lines[("committed for three years", False)]
    assert three.locked_usd == pytest.approx(512 * 3 * 8760 * 1.45)
    assert lines[("on-demand", False)].lock == "nothing"


def test_owning_by_epoch_ais_method() -> None:
    """Cottier et al. (2024): an A100 at $15,000 (2020, Table 4), × 1.66 for its server, ÷ (1 −
    19%) for networking; value lost at 0.14 orders of magnitude a year: a year of use costs
    1 × 0.14 ln 10 ≈ 32% of it."""
    capital = capital_per_gpu_usd(purchase("A100"))
    assert capital == pytest.approx(15_000 * 1.66 / 0.81)
    year = owner_cost_usd(8760, capital, 0.14, 0, 1, 0)
    assert year / capital == pytest.approx(0.14 * math.log(10))
    assert round(year / capital, 2) == 0.32
    # A server's price per GPU (DGX H100, about $270,000 ÷ 8) already includes the server.
    assert capital_per_gpu_usd(purchase("H100")) == pytest.approx(33_750 / 0.81)
    # Energy is GPU-hours × power × PUE × price: 1,000 GPU-hours at 400 W, PUE 1.25, $0.0718.
    assert owner_cost_usd(1000, 0, 0.14, 400, 1.25, 0.0718) == pytest.approx(400 * 1.25 * 0.0718)


def test_costs_of_different_kinds_are_never_divided() -> None:
    lines = cost_lines(RUNS["deepseek_v3"])
    kinds = {line.basis.kind for line in lines}
    assert {"on-demand", "publisher's assumption", "owner's cost"} <= kinds
    for a, b in itertools.permutations(lines, 2):
        if a.basis != b.basis:
            with pytest.raises(CalcError):
                ratio_of(Figure(a.usd, "USD", a.basis), Figure(b.usd, "USD", b.basis))


def test_the_calculator_gives_the_runs_costs() -> None:
    """One home: the rent-or-own calculator's scenario for the article's run gives the costs and
    commitments of its row on every basis."""
    out = calculate("own", scenario_inputs("own", "own_m6_10t")).outputs
    lines = {(line.basis.kind, line.latest): line for line in cost_lines(RUNS["m6_10t"])}
    for output, kind in (("cost_on_demand", "on-demand"), ("cost_1yr", "committed for one year"),
                         ("cost_3yr", "committed for three years"), ("cost_own", "owner's cost")):
        assert out[output] == pytest.approx(lines[(kind, False)].usd, rel=1e-4), output
    assert out["commit_1yr"] == pytest.approx(lines[("committed for one year", False)].locked_usd)
    assert out["capital"] == pytest.approx(lines[("owner's cost", False)].locked_usd, rel=1e-4)


def test_a_commitment_covers_a_run_longer_than_its_term() -> None:
    inputs = scenario_inputs("own", "own_m6_10t") | {"days": 400}
    out = calculate("own", inputs).outputs
    assert out["commit_1yr"] == pytest.approx(2 * 512 * 8760 * inputs["usd_per_gpu_hour_1yr"])
    assert out["commit_3yr"] == pytest.approx(512 * 3 * 8760 * inputs["usd_per_gpu_hour_3yr"])


@pytest.mark.parametrize(
    ("row", "field", "value", "where"),
    [
        (0, "tier", "reserved", "price[0].tier"),
        (0, "gpu_type", "TPU", "price[0].gpu_type"),
        (0, "date", 20211399, "price[0].date"),
        (1, "figure", {"value": -1, "unit": "USD/GPU-hour", "quote": "x", "level": "S",
                       "source": "epoch_prices"}, "price[1].figure.value"),
        (1, "figure", "NO_SUCH_KEY", "price[1].figure"),
    ],
)
def test_a_bad_price_row_is_refused_naming_it(row: int, field: str, value: object,
                                              where: str) -> None:
    doc = copy.deepcopy(DOC)
    doc["price"][row][field] = value
    with pytest.raises(CalcError) as err:
        load_prices(doc)
    assert err.value.argument == f"data/prices.toml: {where}"


def test_every_price_names_its_kind_vendor_gpu_and_date() -> None:
    for p in PRICES:
        assert p.basis.vendor and p.basis.gpu and p.basis.kind and p.basis.date, p.key
        assert p.figure.level in ("P", "S") and p.figure.quote
        assert p.figure.key in k.CONSTANTS
