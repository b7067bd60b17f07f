# The article's M6-10T cost, and the same GPU-hours at published on-demand prices.
import calc.constants as K
from calc.formulas import cloud_cost_usd, gpu_hours, usd_per_gpu_hour

hours = gpu_hours(K.M610T_GPUS.value, K.M610T_DAYS.value)
for price in (K.ARTICLE_USD_PER_INSTANCE_HOUR, K.AWS_P3_USD_PER_HOUR, K.AWS_P4D_USD_PER_HOUR):
    per_gpu = usd_per_gpu_hour(price.value, K.GPUS_PER_AWS_INSTANCE.value)
    print(f"{price.label:48s} ${cloud_cost_usd(hours, per_gpu):>9,.0f}")
