from calc.calculators import calculate, scenario_inputs
from calc.formatting import fmt_usd

# The article's own arithmetic: its GPUs, days and price per GPU-hour.
inputs = scenario_inputs("cost", "m6_10t_article")
result = calculate("cost", inputs)
print(inputs)
print(fmt_usd(result.outputs["cost_usd"]))
