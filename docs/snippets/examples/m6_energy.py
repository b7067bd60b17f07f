# M6-10T's training energy as a share of GPT-3's, both on GPT-3's basis (measured power with the
# host's share, times PUE), and the power per GPU that would make it 1%.
import calc.constants as K
from calc.formulas import energy_mwh, hours_from_days, ratio, watts_per_gpu_for_energy

hours = hours_from_days(K.M610T_DAYS.value)
gpt3 = K.PATTERSON_GPT3_MWH.value
measured = K.ESTIMATES["M610T_WATTS_PER_GPU"]  # GPUs measured in training, host share included
for watts in (measured.low, measured.high):
    mwh = energy_mwh(K.M610T_GPUS.value, hours, watts.value, K.PATTERSON_GPT3_PUE.value)
    print(f"{watts.value:.0f} W per GPU: {mwh:4.1f} MWh = {ratio(mwh, gpt3):.1%} of GPT-3")
need = watts_per_gpu_for_energy(
    K.ARTICLE_ENERGY_SHARE.value * gpt3, K.M610T_GPUS.value, hours, K.PATTERSON_GPT3_PUE.value
)
print(f"for {K.ARTICLE_ENERGY_SHARE.value:.0%}: {need:.0f} W per GPU")
