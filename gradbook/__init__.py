"""The machinery behind the site: snippet includes, their checks, and the MkDocs hooks.

Paths every part agrees on live here, so a test, a hook and a tool never disagree about
where the pages, the snippets or the outputs are.
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# Figures, notebook runs, rendered notebooks and compiled templates, kept between builds and
# test runs. GRADBOOK_CACHE points elsewhere (the benchmark's cold build starts from an empty one).
CACHE = Path(os.environ.get("GRADBOOK_CACHE") or ROOT / ".cache")
LANGUAGES = ("zh", "en")  # the first is the default language, served at the site root
