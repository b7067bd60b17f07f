"""Unit and property tests of calc's formulas: physics, round trips and bad input."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calc
from calc import CalcError

# No deadline: the machines are shared and noisy, so a slow example says nothing about the
# code (timings are measured in `make bench`).
settings.register_profile("noisy-machines", deadline=None)
settings.load_profile("noisy-machines")

pos = st.floats(min_value=1e-3, max_value=1e9, allow_nan=False, allow_infinity=False)
pue = st.floats(min_value=1.0, max_value=5.0)
BAD = [0, -1, -1e-9, math.nan, math.inf, -math.inf, True, False, "3", None, [1]]


def test_training_flops_default_is_six() -> None:
    assert calc.training_flops(params=1e9, tokens=1e9) == 6e18


@given(pos, pos, st.floats(min_value=1.1, max_value=10))
def test_training_flops_is_linear_in_params_and_tokens(p: float, t: float, m: float) -> None:
    base = calc.training_flops(p, t)
    assert calc.training_flops(p * m, t) == pytest.approx(base * m, rel=1e-12)
    assert calc.training_flops(p, t * m) == pytest.approx(base * m, rel=1e-12)


@given(pos, pos, pos)
def test_days_and_throughput_round_trip(flops: float, gpus: float, x: float) -> None:
    days = calc.training_days(flops, gpus, x)
    assert calc.achieved_flops_per_gpu(flops, gpus, days) == pytest.approx(x, rel=1e-9)
    assert calc.gpus_for_days(flops, days, x) == pytest.approx(gpus, rel=1e-9)


@given(pos, pos, pos, pos)
def test_more_gpus_never_take_longer(flops: float, gpus: float, x: float, extra: float) -> None:
    assert calc.training_days(flops, gpus + extra, x) <= calc.training_days(flops, gpus, x)


@given(pos, pos, pos, pue)
def test_energy_round_trip_and_monotone(gpus: float, hours: float, w: float, p: float) -> None:
    mwh = calc.energy_mwh(gpus, hours, w, p)
    assert calc.watts_per_gpu_for_energy(mwh, gpus, hours, p) == pytest.approx(w, rel=1e-9)
    assert calc.energy_mwh(gpus, hours, w * 2, p) == pytest.approx(2 * mwh, rel=1e-12)
    assert calc.energy_mwh(gpus, hours, w, p + 0.5) > mwh


@given(pos, pos)
def test_emissions_linear_in_grid(mwh: float, grid: float) -> None:
    assert calc.emissions_tco2e(mwh, 2 * grid) == pytest.approx(2 * calc.emissions_tco2e(mwh, grid))
    assert calc.emissions_tco2e(mwh, 0) == 0


@given(pos, pos)
def test_cost_round_trip(hours: float, price: float) -> None:
    cost = calc.cloud_cost_usd(hours, price)
    assert calc.usd_per_gpu_hour_for_cost(cost, hours) == pytest.approx(price, rel=1e-12)


@given(st.floats(min_value=1e10, max_value=1e30), st.floats(min_value=1, max_value=100))
def test_compute_optimal_spends_the_whole_budget(flops: float, k: float) -> None:
    opt = calc.compute_optimal(flops, tokens_per_param=k)
    assert calc.training_flops(opt.params, opt.tokens) == pytest.approx(flops, rel=1e-9)
    assert opt.tokens / opt.params == pytest.approx(k, rel=1e-12)


def test_utilisation_above_one_is_reported_not_hidden() -> None:
    assert calc.utilisation(200e12, 125e12) == 1.6


FUNCS = [
    (calc.training_flops, (1e9, 1e9)),
    (calc.training_days, (1e20, 8, 1e14)),
    (calc.gpu_hours, (8, 1)),
    (calc.energy_mwh, (8, 24, 300, 1.1)),
    (calc.cloud_cost_usd, (100, 2.0)),
    (calc.usd_per_gpu_hour, (20, 8)),
    (calc.compute_optimal, (1e23,)),
    (calc.active_params, (1e12, 0.01)),
    (calc.utilisation, (1e14, 3e14)),
    (calc.achieved_flops_per_gpu, (1e20, 8, 1)),
    (calc.watts_per_gpu_for_energy, (10, 8, 24, 1.1)),
]


@pytest.mark.parametrize(("func", "good"), FUNCS, ids=lambda f: getattr(f, "__name__", ""))
@pytest.mark.parametrize("bad", BAD, ids=repr)
def test_bad_input_raises_domain_error_naming_the_argument(func, good, bad) -> None:  # type: ignore[no-untyped-def]
    func(*good)  # the good call works
    for i in range(len(good)):
        args = list(good)
        args[i] = bad
        with pytest.raises(CalcError) as err:
            func(*args)
        assert isinstance(err.value, ValueError)
        assert err.value.argument in str(err.value)
        assert "must be" in str(err.value)


@given(st.sampled_from(FUNCS), st.data())
def test_results_are_never_nan_or_infinite(case, data) -> None:  # type: ignore[no-untyped-def]
    func, good = case
    args = [data.draw(st.floats(min_value=1e-300, max_value=1e300)) for _ in good]
    try:
        out = func(*args)
    except CalcError:
        return
    values = out if isinstance(out, tuple) else (out,)
    assert all(math.isfinite(v) for v in values)


def test_pue_below_one_is_rejected() -> None:
    with pytest.raises(CalcError, match="pue must be a number at least 1"):
        calc.energy_mwh(8, 24, 300, pue=0.9)


def test_active_fraction_above_one_is_rejected() -> None:
    with pytest.raises(CalcError, match="at most 1"):
        calc.active_params(1e12, 1.5)


# ---------------------------------------------------------------- the reverse solver
from calc.solver import SOLVABLE, find_root, solve  # noqa: E402


@pytest.mark.parametrize(
    ("claim", "name"), [(c, i.name) for c, m in SOLVABLE.items() for i in m.inputs]
)
def test_solution_put_back_reproduces_the_claim(claim: str, name: str) -> None:
    model = SOLVABLE[claim]
    s = solve(claim, name)
    assert s.value > 0 and math.isfinite(s.value)
    spec = model.input(name)
    outside = s.value < spec.minimum if spec.allow_equal else s.value <= spec.minimum
    assert (s.judgement == "impossible") == outside
    if outside:  # the formula itself refuses such a value (a PUE below 1)
        with pytest.raises(CalcError):
            model.forward(model.defaults() | {name: s.value})
        return
    values = model.defaults() | {name: s.value}
    assert model.forward(values) == pytest.approx(model.target, rel=1e-9)
    assert s.judgement in {"plausible", "a stretch", "implausible", "impossible"}


@given(
    st.sampled_from([(c, i.name) for c, m in SOLVABLE.items() for i in m.inputs]),
    st.floats(min_value=0.2, max_value=5.0),
)
def test_solver_round_trip_with_other_inputs_changed(case: tuple[str, str], m: float) -> None:
    claim, name = case
    model = SOLVABLE[claim]
    other = next(i for i in model.inputs if i.name != name)
    overrides = {other.name: max(other.value * m, other.minimum + 1e-6)}
    try:
        s = solve(claim, name, overrides)
    except CalcError as err:  # an override outside its own domain (a PUE below 1)
        assert err.argument in overrides  # noqa: PT017
        return
    if not s.possible:
        return
    values = model.defaults() | overrides | {name: s.value}
    assert model.forward(values) == pytest.approx(model.target, rel=1e-9)


def test_impossible_target_is_an_answer_not_an_error() -> None:
    """1% of GPT-3's 1,287 MWh (Patterson et al. 2021) with 512 GPUs × 10 days (Lin et al.
    2021) needs PUE = 12.87 MWh ÷ (512 × 240 h × W ÷ 10⁶): at the central power estimate of
    350 W that is 0.30, and no facility uses less than its IT load (PUE ≥ 1)."""
    s = solve("m6_10t_energy", "pue")
    assert s.judgement == "impossible" and not s.possible
    model = SOLVABLE["m6_10t_energy"]
    watts = model.input("watts_per_gpu").value
    assert s.value == pytest.approx(12.87e6 / (512 * 240 * watts), rel=1e-12)
    assert s.value < 1


def test_one_percent_needs_about_95_watts() -> None:
    s = solve("m6_10t_energy", "watts_per_gpu")
    assert s.value == pytest.approx(95.2, abs=0.1)
    assert s.judgement == "implausible"


@given(st.floats(min_value=1e-6, max_value=1e6), st.floats(min_value=0.5, max_value=3))
def test_find_root_on_monotone_functions(target: float, p: float) -> None:
    x = find_root(lambda v: v**p, target, 1.0)
    assert x**p == pytest.approx(target, rel=1e-9)
    y = find_root(lambda v: 1 / v**p, target, 1.0)
    assert 1 / y**p == pytest.approx(target, rel=1e-9)
