"""Build hook: every page's footer says when its numbers were last checked against the sources.

The date is ``calc.corrections.LAST_CHECKED``, so it is set in one place, beside the log.
"""

from __future__ import annotations

from typing import Any

from calc.corrections import LAST_CHECKED


def on_config(config: Any) -> Any:
    """Append the date to the site's copyright line (Material prints it in every footer)."""
    # The data version a shared link carries (docs/javascripts/url-state.js, since.js).
    config["extra"]["data_version"] = LAST_CHECKED.isoformat()
    config["copyright"] = (
        f"{config.get('copyright') or ''} Numbers last checked against the sources on "
        f"{LAST_CHECKED:%-d %B %Y} (see the Corrections page)."
    ).strip()
    return config
