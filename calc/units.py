"""Exact unit conversion factors. Each one is a definition, not a measurement."""

from typing import Final

KG_PER_LB: Final = 0.45359237  # exact, by definition of the international pound (1959)
KG_PER_TONNE: Final = 1000.0  # exact
SECONDS_PER_HOUR: Final = 3600.0  # exact
HOURS_PER_DAY: Final = 24.0  # exact
SECONDS_PER_DAY: Final = SECONDS_PER_HOUR * HOURS_PER_DAY  # 86,400, exact
DAYS_PER_YEAR: Final = 365.0  # a calendar year, as Lambda's "355 GPU-years" uses
DAYS_PER_MONTH: Final = 365.25 / 12  # a mean Gregorian-ish month, 30.44 days, for "5 months"
KWH_PER_MWH: Final = 1000.0  # exact
WATTS_PER_KW: Final = 1000.0  # exact
GRAMS_PER_TONNE: Final = 1e6  # exact
TERA: Final = 1e12  # SI prefix
PETA: Final = 1e15  # SI prefix
BILLION: Final = 1e9  # short scale
TRILLION: Final = 1e12  # short scale
