"""Test-wide settings: under CI, hypothesis runs the same examples every time (no flaky runs);
locally it explores new ones on each run."""

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")
