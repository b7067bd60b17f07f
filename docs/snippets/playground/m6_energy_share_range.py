from calc import constants as k
from calc.calculators import scenario_inputs
from calc.uncertainty import run_range
from calc.web.answers import output_texts

# M6-10T as the article describes it, with the unknown power per GPU (host share included)
# over the range measured in published training runs.
inputs = scenario_inputs("energy", "m6_10t_article")
watts = k.ESTIMATES["M610T_WATTS_PER_GPU"]
result = run_range("energy", inputs, {"watts_per_gpu": (watts.low.value, watts.high.value)})
low = output_texts("energy", {name: s.low for name, s in result.outputs.items()}, inputs)
high = output_texts("energy", {name: s.high for name, s in result.outputs.items()}, inputs)
print(low["vs_gpt3"], "to", high["vs_gpt3"])
