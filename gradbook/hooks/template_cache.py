"""Keep the theme's compiled templates between builds.

Every build (two per `mkdocs build`: one a language, and again on every change under
`mkdocs serve`) makes a new Jinja environment that compiles Material's hundred-odd templates
from source. Jinja's bytecode cache stores the compiled code in .cache/jinja, keyed by each
template's source, so an edited template is compiled again and an unchanged one is not.
"""

from __future__ import annotations

from jinja2 import FileSystemBytecodeCache

from gradbook import CACHE


def on_env(env, config, files, **kwargs):
    folder = CACHE / "jinja"
    folder.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(folder))
    return env
