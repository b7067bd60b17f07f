"""Where every number comes from: the publications behind the constants.

>>> SOURCES["brown2020"].cite()
'Brown et al. (2020). Language Models are Few-Shot Learners. arXiv:2005.14165'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SOURCES", "Source", "add_source"]


@dataclass(frozen=True)
class Source:
    """A publication: who, what, when and where to find it."""

    key: str
    authors: str
    title: str
    year: int
    url: str
    arxiv: str = ""
    venue: str = ""
    note: str = ""
    short: str = ""  # how a page names it in running text; default: first author "et al."

    @property
    def short_name(self) -> str:
        """``Patterson et al.``, ``Lambda``: the name used in ``(name year)`` citations.

        >>> SOURCES["patterson2021"].short_name, SOURCES["lambda2020"].short_name
        ('Patterson et al.', 'Lambda')
        """
        if self.short:
            return self.short
        if "," in self.authors:
            return self.authors.split(",")[0].strip() + " et al."
        return self.authors

    def cite(self) -> str:
        """One-line citation: authors (year). Title. arXiv id or venue."""
        where = f"arXiv:{self.arxiv}" if self.arxiv else (self.venue or self.url)
        return f"{self.authors} ({self.year}). {self.title}. {where}"


def _s(**kw: str | int) -> Source:
    return Source(**kw)  # type: ignore[arg-type]


_ALL = (
    _s(
        key="romero2021",
        short="Romero",
        authors="Alberto Romero",
        title="Meet M6 — 10 Trillion Parameters at 1% GPT-3's Energy Cost",
        year=2021,
        url="https://towardsdatascience.com/meet-m6-10-trillion-parameters-at-1-gpt-3s-energy-cost-997092cbe5e8",
        venue="Towards Data Science (Medium), November 2021",
        note="The article this site checks. Quotes are taken from stored copies of its text.",
    ),
    _s(
        key="brown2020",
        authors="Brown et al.",
        title="Language Models are Few-Shot Learners",
        year=2020,
        url="https://arxiv.org/abs/2005.14165",
        arxiv="2005.14165",
    ),
    _s(
        key="patterson2021",
        authors="Patterson, Gonzalez, Le, Liang, Munguia, Rothchild, So, Texier, Dean",
        title="Carbon Emissions and Large Neural Network Training",
        year=2021,
        url="https://arxiv.org/abs/2104.10350",
        arxiv="2104.10350",
    ),
    _s(
        key="strubell2019",
        authors="Strubell, Ganesh, McCallum",
        title="Energy and Policy Considerations for Deep Learning in NLP",
        year=2019,
        url="https://arxiv.org/abs/1906.02243",
        arxiv="1906.02243",
        venue="ACL 2019",
    ),
    _s(
        key="schwartz2019",
        authors="Schwartz, Dodge, Smith, Etzioni",
        title="Green AI",
        year=2019,
        url="https://arxiv.org/abs/1907.10597",
        arxiv="1907.10597",
        venue="Communications of the ACM, 2020",
    ),
    _s(
        key="narayanan2021",
        authors="Narayanan et al.",
        title="Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM",
        year=2021,
        url="https://arxiv.org/abs/2104.04473",
        arxiv="2104.04473",
    ),
    _s(
        key="yang2021",
        authors="Yang, Lin, Men, et al.",
        title="M6-T: Exploring Sparse Expert Models and Beyond",
        year=2021,
        url="https://arxiv.org/abs/2105.15082",
        arxiv="2105.15082",
        note="Only the abstract was read.",
    ),
    _s(
        key="lin2021",
        authors="Lin, Yang, Bai, Zhou, Jiang, Jia, Wang, Zhang, Li, Lin, Zhou, Yang",
        title=(
            "M6-10T: A Sharing-Delinking Paradigm for Efficient Multi-Trillion Parameter "
            "Pretraining"
        ),
        year=2021,
        url="https://arxiv.org/abs/2110.03888",
        arxiv="2110.03888",
        note="Only the abstract was read; the paper body was not available to us.",
    ),
    _s(
        key="damo2021",
        short="Alibaba DAMO Academy",
        authors="Alibaba DAMO Academy",
        title="Press statements on M6 (25 June 2021, 1T; 8 November 2021, 10T)",
        year=2021,
        url="https://damo.alibaba.com/air/a305f1cc150741d1b3ae4593622d58e1",
        note=(
            "Read through DAMO's AIR page (truncated) and Chinese press copies (InfoQ, IT House, "
            "Zhidx). No method, kWh or GPU-hours for the comparisons were published."
        ),
    ),
    _s(
        key="infoq2021",
        short="InfoQ",
        authors="InfoQ China",
        title="Press report of Alibaba DAMO Academy's M6-10T release",
        year=2021,
        url="https://www.infoq.cn/article/z40a8r0qep32g0jo4tk1",
        venue="Chinese technology press, 8 November 2021",
        note=(
            "Press copy of Alibaba's 8 November 2021 release (secondary): the text that names "
            "GPT-3 in the 1% comparison, which DAMO's own stored page breaks off before."
        ),
    ),
    _s(
        key="zhidx2021",
        short="Zhidx",
        authors="智东西 (Zhidx)",
        title="480块GPU跑出万亿参数，阿里推'低碳版'AI大模型，能耗降8成",
        year=2021,
        url="",
        venue="Chinese technology press, 25 June 2021",
        note=(
            "Press report of Alibaba's June 2021 announcement (secondary), read in a mirror "
            "(yzsam.com/html/GbCxgB.html); the original zhidx.com address was not found."
        ),
    ),
    _s(
        key="connolly_notes",
        short="ConnollyLeon notes",
        authors="ConnollyLeon (GitHub)",
        title="awesome-Auto-Parallelism, Models.md (notes table on M6-10T)",
        year=2021,
        url="https://github.com/ConnollyLeon/awesome-Auto-Parallelism",
        note="Third-party notes, not Alibaba's text: secondary only.",
    ),
    _s(
        key="lambda2020",
        short="Lambda",
        authors="Chuan Li (Lambda)",
        title="OpenAI's GPT-3 Language Model: A Technical Overview",
        year=2020,
        url="https://lambdalabs.com/blog/demystifying-gpt-3",
        note="Page opening read; the body paragraph is known from verbatim quotes. Footnote [1] "
        "(the hourly price) was not found.",
    ),
    _s(
        key="dickson2020",
        short="Dickson",
        authors="Ben Dickson",
        title="The GPT-3 economy",
        year=2020,
        url="https://bdtechtalks.com/2020/09/21/gpt-3-economy-business-model/",
        venue="TechTalks, 21 September 2020",
        note="Quoted verbatim in stored notes; only the page opening was read directly.",
    ),
    _s(
        key="hoffmann2022",
        authors="Hoffmann et al.",
        title="Training Compute-Optimal Large Language Models",
        year=2022,
        url="https://arxiv.org/abs/2203.15556",
        arxiv="2203.15556",
    ),
    _s(
        key="kaplan2020",
        authors="Kaplan et al.",
        title="Scaling Laws for Neural Language Models",
        year=2020,
        url="https://arxiv.org/abs/2001.08361",
        arxiv="2001.08361",
    ),
    _s(
        key="nvidia_v100",
        short="NVIDIA",
        authors="NVIDIA",
        title="NVIDIA Tesla V100 datasheet (as cited by Patterson et al. 2021, footnote 12)",
        year=2017,
        url="",
        note="Seen only as quoted; the V100 figures the site uses are Patterson et al.'s.",
    ),
    _s(
        key="nvidia_a100",
        short="NVIDIA",
        authors="NVIDIA",
        title="NVIDIA A100 Tensor Core GPU datasheet",
        year=2020,
        url="",
        note="Datasheet table read as reproduced verbatim in stored files; no address recorded.",
    ),
    _s(
        key="nvidia_h100",
        short="NVIDIA",
        authors="NVIDIA",
        title="NVIDIA H100 Tensor Core GPU product specifications",
        year=2022,
        url="https://www.nvidia.com/en-us/data-center/h100/",
        note="Product page read as quoted in stored files.",
    ),
    _s(
        key="nvidia_h200",
        short="NVIDIA",
        authors="NVIDIA",
        title="NVIDIA H200 Tensor Core GPU product specifications",
        year=2024,
        url="",
        note="Product page read as quoted in stored files; no address recorded.",
    ),
    _s(
        key="aws_prices",
        short="AWS",
        authors="Amazon Web Services",
        title="Amazon EC2 On-Demand pricing (p4d.24xlarge, p3.16xlarge), us-east-1",
        year=2024,
        url="https://aws.amazon.com/ec2/pricing/on-demand/",
        note="No dated 2020–2021 copy found; values seen in 2024 copies and price maps: "
        "secondary only.",
    ),
    _s(
        key="llama4",
        short="Meta",
        authors="Meta",
        title="Llama 4 model card (MODEL_CARD.md)",
        year=2025,
        url="https://github.com/meta-llama/llama-models/blob/main/models/llama4/MODEL_CARD.md",
        note="Read in the official repository; its training sections are the same in all four "
        "commits of the file.",
    ),
    _s(
        key="llama31",
        short="Meta",
        authors="Meta",
        title="Llama 3.1 model card (MODEL_CARD.md)",
        year=2024,
        url="https://github.com/meta-llama/llama-models/blob/main/models/llama3_1/MODEL_CARD.md",
    ),
    _s(
        key="llama2",
        short="Meta",
        authors="Meta",
        title="Llama 2 model card (MODEL_CARD.md)",
        year=2023,
        url="https://github.com/meta-llama/llama/blob/main/MODEL_CARD.md",
        note="Read in the official repository (two commits, same carbon section).",
    ),
    _s(
        key="touvron2023a",
        authors="Touvron et al.",
        title="LLaMA: Open and Efficient Foundation Language Models",
        year=2023,
        url="https://arxiv.org/abs/2302.13971",
        arxiv="2302.13971",
        note="Section 6 and Table 15 read in stored text extractions of v1: Meta's published "
        "method for training emissions, applied to LLaMA, OPT and BLOOM.",
    ),
    _s(
        key="touvron2023b",
        authors="Touvron et al.",
        title="Llama 2: Open Foundation and Fine-Tuned Chat Models",
        year=2023,
        url="https://arxiv.org/abs/2307.09288",
        arxiv="2307.09288",
        note="Section 2.2.1 and Table 2 read in stored text extractions.",
    ),
    _s(
        key="epoch_prices",
        short="Epoch AI",
        authors="Epoch AI",
        title="Hardware prices (data/Hardware prices.csv, training-cost-trends repository)",
        year=2024,
        url="https://github.com/epoch-research/training-cost-trends",
        note="A compilation (CC-BY) in which each row links the archived vendor page it was read "
        "from; secondary until the archived page itself is read.",
    ),
    _s(
        key="elsworth2025",
        short="Elsworth et al.",
        authors="Cooper Elsworth, Keguo Huang, David Patterson, Ian Schneider, Robert Sedivy, "
        "Savannah Goodman, et al.",
        title="Measuring the environmental impact of delivering AI at Google Scale",
        year=2025,
        url="https://arxiv.org/abs/2508.15734",
        arxiv="2508.15734",
        note="Google's median Gemini Apps text prompt, May 2025. The abstract was read in a stored "
        "copy of the arXiv HTML (primary); the body (the breakdown, the narrower boundary, the "
        "emissions and water factors) only in third parties' quotations of it (secondary).",
    ),
    _s(
        key="mistral2025",
        short="Mistral AI",
        authors="Mistral AI",
        title="Our contribution to a global environmental standard for AI",
        year=2025,
        url="https://mistral.ai/news/our-contribution-to-a-global-environmental-standard-for-ai",
        note="A life-cycle analysis of Mistral Large 2 with Carbone 4 and ADEME (July 2025). "
        "Mistral's page was read only as a verbatim quotation in Simon Willison's weblog "
        "(22 July 2025): secondary. The full report is not published.",
    ),
    _s(
        key="mlenergy_leaderboard",
        short="ML.ENERGY",
        authors="The ML.ENERGY Initiative (Jae-Won Chung, Mosharaf Chowdhury, et al.)",
        title="ML.ENERGY Leaderboard v3 (lm-arena-chat task data)",
        year=2026,
        url="https://ml.energy/leaderboard",
        note="Read in the leaderboard's repository (ml-energy/leaderboard, data files of 16 "
        "February 2026): the GPUs' energy measured with Zeus, steady state, vLLM.",
    ),
    _s(
        key="luccioni2024_php",
        short="Luccioni et al.",
        authors="Alexandra Sasha Luccioni, Yacine Jernite, Emma Strubell",
        title="Power Hungry Processing: Watts Driving the Cost of AI Deployment?",
        year=2024,
        url="https://arxiv.org/abs/2311.16863",
        arxiv="2311.16863",
        venue="ACM FAccT 2024",
        note="Read in a PDF-to-text copy of the FAccT 2024 version (repository "
        "a1n2d2y8/NLP_term_project): Table 2 and sections 3 to 4.3.",
    ),
    _s(
        key="altman2025",
        short="Altman",
        authors="Sam Altman",
        title="The Gentle Singularity (blog post)",
        year=2025,
        url="https://blog.samaltman.com/the-gentle-singularity",
        note="Not stored: the sentence was read in stored pages quoting it (secondary). It gives "
        "no model, query length, boundary or date of measurement.",
    ),
    _s(
        key="cottier2024",
        short="Cottier et al.",
        authors="Ben Cottier, Robi Rahman, Loredana Fattorini, Nestor Maslej, Tamay Besiroglu, "
        "David Owen",
        title="The rising costs of training frontier AI models",
        year=2024,
        url="https://arxiv.org/abs/2405.21015",
        arxiv="2405.21015",
        note="Epoch AI's cost method. Read in a stored text copy of v2 (February 2025); quotes "
        "drop the copy's conversion marks (\"0 _._ 14\" is 0.14).",
    ),
    _s(
        key="epoch_code",
        short="Epoch AI",
        authors="Epoch AI",
        title="cost_analysis_standalone.py (training-cost-trends repository)",
        year=2025,
        url="https://github.com/epoch-research/training-cost-trends/blob/main/"
        "cost_analysis_standalone.py",
        note="The code behind Epoch AI's cost estimates, read at commit 263c40a1 (April 2026). "
        "Its yearly \"average US industrial electricity price\" (the paper cites EIA's Electric "
        "Power Monthly, table 5.6.a) is a compilation: secondary.",
    ),
    _s(
        key="mtnlg_blog",
        short="Alvi and Kharya",
        authors="Alvi, Kharya",
        title="Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B, the World's "
        "Largest and Most Powerful Generative Language Model",
        year=2021,
        url="https://www.microsoft.com/en-us/research/blog/using-deepspeed-and-megatron-to-"
        "train-megatron-turing-nlg-530b-the-worlds-largest-and-most-powerful-generative-"
        "language-model/",
        note="The Microsoft and NVIDIA announcement, read only in a republished copy and in "
        "paraphrases: secondary.",
    ),
    _s(
        key="lepikhin2020",
        authors="Lepikhin et al.",
        title="GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding",
        year=2020,
        url="https://arxiv.org/abs/2006.16668",
        arxiv="2006.16668",
        note="Read in a stored text copy of the paper.",
    ),
    _s(
        key="deepseek2024",
        authors="DeepSeek-AI",
        title="DeepSeek-V3 Technical Report",
        year=2024,
        url="https://arxiv.org/abs/2412.19437",
        arxiv="2412.19437",
        note="Read in stored copies of v2 (February 2025) and the repository README; v1 is "
        "dated 27 December 2024 in secondary notes only.",
    ),
    _s(
        key="metaseq2022",
        short="Meta AI",
        authors="Meta AI",
        title="OPT-175B training logbook, final update (metaseq, projects/OPT/chronicles)",
        year=2022,
        url="https://github.com/facebookresearch/metaseq/blob/main/projects/OPT/chronicles/"
        "final_update.md",
        note="Meta's own log of the run, posted 7 January 2022: primary for what it states.",
    ),
    _s(
        key="bigscience_tr11",
        short="BigScience",
        authors="BigScience Workshop",
        title="tr11-176B-ml training README and BLOOM model card v1.0",
        year=2022,
        url="https://github.com/bigscience-workshop/bigscience/blob/master/train/tr11-176B-ml/"
        "README.md",
        note="The project's own documents on the run (hardware, start date): primary for what "
        "they state.",
    ),
    _s(
        key="genci2022",
        short="GENCI",
        authors="GENCI",
        title="BLOOM, one of the largest open multilingual NLP models, awarded best HPC "
        "collaboration",
        year=2022,
        url="https://www.genci.fr/en/news/bloom-one-largest-open-multilingual-nlp-models-"
        "awarded-best-hpc-collaboration-hpc-wire-readers",
        note="Press page of the owner of the Jean Zay supercomputer: secondary. It repeats "
        "the BLOOM papers' energy figure, whose tables we could not read.",
    ),
    _s(
        key="luccioni2022",
        authors="Luccioni, Viguier, Ligozat",
        title="Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model",
        year=2022,
        url="https://arxiv.org/abs/2211.02001",
        arxiv="2211.02001",
        venue="JMLR 24(253), 2023",
    ),
    _s(
        key="bigscience2022",
        authors="BigScience Workshop",
        title="BLOOM: A 176B-Parameter Open-Access Multilingual Language Model",
        year=2022,
        url="https://arxiv.org/abs/2211.05100",
        arxiv="2211.05100",
    ),
    _s(
        key="zhang2022",
        authors="Zhang et al.",
        title="OPT: Open Pre-trained Transformer Language Models",
        year=2022,
        url="https://arxiv.org/abs/2205.01068",
        arxiv="2205.01068",
    ),
    _s(
        key="smith2022",
        authors="Smith et al.",
        title="Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B",
        year=2022,
        url="https://arxiv.org/abs/2201.11990",
        arxiv="2201.11990",
    ),
    _s(
        key="microsoft2020",
        short="Microsoft",
        authors="Microsoft",
        title="Microsoft announces new supercomputer… (Build 2020)",
        year=2020,
        url="",
        venue="Microsoft blog, 19 May 2020",
        note=(
            "The post itself was not stored; read in press copies that quote it (mspoweruser.com, "
            "techspot.com, moneycontrol.com, May 2020): secondary. As reported, it names no GPU "
            "model and does not mention GPT-3."
        ),
    ),
    _s(
        key="wudao_press",
        short="PingWest",
        authors="PingWest",
        title="Chinese AI lab challenges Google, OpenAI with a model of 1.75 trillion parameters",
        year=2021,
        url="",
        note="Press headline seen only in secondary copies; no address recorded.",
    ),
)

SOURCES: dict[str, Source] = {s.key: s for s in _ALL}


def add_source(source: Source) -> Source:
    """Add a publication defined outside this module (in ``data/runs.toml``); its key must be
    new."""
    if source.key in SOURCES:
        if SOURCES[source.key] == source:
            return source
        raise KeyError(f"duplicate source {source.key}")
    SOURCES[source.key] = source
    return source
