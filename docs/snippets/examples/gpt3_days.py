# GPT-3's training time at a sustained throughput, with the calc package.
import calc.constants as K
from calc.formulas import gpu_hours, training_days, training_flops, utilisation

flops = training_flops(K.GPT3_PARAMS.value, K.GPT3_TOKENS.value)  # 6 · N · D
days = training_days(
    K.GPT3_FLOPS.value, K.PATTERSON_GPT3_GPUS.value, K.PATTERSON_GPT3_FLOP_PER_S_PER_GPU.value
)
rule = K.FLOPS_PER_PARAM_TOKEN.value
print(f"{rule:g}·N·D            {flops:.3g} FLOPs (paper: {K.GPT3_FLOPS.value:.3g})")
print(f"days on V100s    {days:.1f}")
print(f"GPU-hours        {gpu_hours(K.PATTERSON_GPT3_GPUS.value, days):,.0f}")
mfu = utilisation(K.PATTERSON_GPT3_FLOP_PER_S_PER_GPU.value, K.V100_PEAK_FLOP_PER_S.value)
print(f"utilisation      {mfu:.1%}")
