from calc import constants as k
from calc.formatting import fmt_quantity
from calc.formulas import energy_mwh
from calc.units import HOURS_PER_DAY

# Patterson et al.'s inputs for GPT-3: GPUs, hours, watts per GPU, PUE.
mwh = energy_mwh(
    k.PATTERSON_GPT3_GPUS.value,
    k.PATTERSON_GPT3_DAYS.value * HOURS_PER_DAY,
    k.PATTERSON_GPT3_WATTS.value,
    k.PATTERSON_GPT3_PUE.value,
)
print("GPT-3 from its inputs:", fmt_quantity(mwh, "MWh", 4))
print("Patterson et al. publish:", fmt_quantity(k.PATTERSON_GPT3_MWH.value, "MWh", 4))
