from calc import constants as k
from calc.calculators import scenario_inputs
from calc.formatting import fmt_percent
from calc.uncertainty import run_range

# M6-10T as the article describes it, with the unknown power per GPU from a V100 to an A100.
inputs = scenario_inputs("energy", "m6_10t_article")
watts = k.ESTIMATES["M610T_WATTS_PER_GPU"]
result = run_range("energy", inputs, {"watts_per_gpu": (watts.low.value, watts.high.value)})
share = result.outputs["vs_gpt3"]
print(f"{fmt_percent(share.low)} to {fmt_percent(share.high)} of GPT-3's energy (Patterson)")
