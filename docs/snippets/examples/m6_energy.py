# M6-10T's training energy as a share of GPT-3's, both on GPT-3's basis (measured power with the
# host's share, times PUE), and the power per GPU that would make it 1%.
import calc.constants as K
from calc.basis import Energy, Figure, ratio_of
from calc.formulas import energy_mwh, hours_from_days, watts_per_gpu_for_energy

basis = Energy("measured, with host share", pue=True)  # ratio_of refuses two different bases
hours = hours_from_days(K.M610T_DAYS.value)
gpt3 = Figure(K.PATTERSON_GPT3_MWH.value, "MWh", basis)
measured = K.ESTIMATES["M610T_WATTS_PER_GPU"]  # GPUs measured in training, host share included
for watts in (measured.low, measured.high):
    mwh = energy_mwh(K.M610T_GPUS.value, hours, watts.value, K.PATTERSON_GPT3_PUE.value)
    share = ratio_of(Figure(mwh, "MWh", basis), gpt3)
    print(f"{watts.value:.0f} W per GPU: {mwh:4.1f} MWh = {share:.1%} of GPT-3")
need = watts_per_gpu_for_energy(
    K.ARTICLE_ENERGY_SHARE.value * gpt3.value, K.M610T_GPUS.value, hours,
    K.PATTERSON_GPT3_PUE.value,
)
print(f"for {K.ARTICLE_ENERGY_SHARE.value:.0%}: {need:.0f} W per GPU")
