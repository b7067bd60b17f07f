from calc.calculators import calculate, scenario_inputs
from calc.web.answers import run

# The article's own arithmetic: its GPUs, days and price per GPU-hour.
inputs = scenario_inputs("cost", "m6_10t_article")
result = calculate("cost", inputs)  # the numbers: result.outputs["cost_usd"] is 307200.0
shown = run("cost", inputs)  # what the calculator shows: the formula and each result's text
print(shown["formula"])
print(shown["outputs"]["cost_usd"]["text"])
