"""Build the English site into en/ right after the Chinese one, in `mkdocs build` and `mkdocs serve`.

Each language is its own MkDocs build (mkdocs.yml for Chinese, mkdocs.en.yml for English), so
each has its own theme language, its own search index and its own notebooks. This hook makes one
command build both, with the same strictness, into one site: Chinese at the root, English under
en/. `mkdocs serve` watches docs/en too (see `watch:` in mkdocs.yml), so an edit to an English
page rebuilds it live. mkdocs.en.yml leaves `extra.other_language_config` empty, which stops
the recursion.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config


def on_post_build(config, **kwargs):
    other = config.extra.get("other_language_config")
    if not other:
        return
    prefix = config.extra["other_language_prefix"]
    overrides = {"site_dir": str(Path(config.site_dir) / prefix), "strict": config.strict}
    if config.site_url:
        overrides["site_url"] = config.site_url.rstrip("/") + f"/{prefix}/"
    config_file = Path(config.config_file_path).parent / other
    build(load_config(str(config_file), **overrides))
