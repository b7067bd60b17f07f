from calc.calculators import run, scenario_inputs

# The article's own arithmetic: its GPUs, days and price per GPU-hour.
inputs = scenario_inputs("cost", "m6_10t_article")
result = run("cost", inputs)
print(result["formula"])
print(result["outputs"]["cost_usd"]["text"])
