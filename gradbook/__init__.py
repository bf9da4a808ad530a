"""The machinery behind the site: snippet includes, their checks, and the MkDocs hooks.

Paths every part agrees on live here, so a test, a hook and a tool never disagree about
where the pages, the snippets or the outputs are.
"""

import os
from pathlib import Path


def _checkout() -> Path:
    """The folder of the site's sources: mkdocs.yml, docs/, snippets/, gradbook/temml/.

    Run from a checkout (the tests, `make`'s editable install, PYTHONPATH) that is this package's
    parent folder. Installed with `pip install .`, the package lies in site-packages, away from
    the pages; the site is then the one being built, in the folder `mkdocs build` runs in.
    """
    parent = Path(__file__).resolve().parent.parent
    return parent if (parent / "mkdocs.yml").is_file() else Path.cwd().resolve()


ROOT = _checkout()
DOCS = ROOT / "docs"
SNIPPETS = ROOT / "snippets"
# Figures, notebook runs, rendered notebooks and compiled templates, kept between builds and
# test runs. GRADBOOK_CACHE points elsewhere (the benchmark's cold build starts from an empty one).
CACHE = Path(os.environ.get("GRADBOOK_CACHE") or ROOT / ".cache")
LANGUAGES = ("zh", "en")  # the first is the default language, served at the site root
