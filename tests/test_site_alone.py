"""The site builds with the site's dependencies alone (`pip install .`, no test extras).

Every module mkdocs.yml names (its hooks, its Markdown extensions, the figure fence's format), and
every module of gradbook those import, at their top or inside a function (the notebooks hook reads
headings from gradbook.pages while it runs), is imported here in a fresh interpreter with the test
libraries unimportable (TEST_ONLY in gradbook/built_site.py); one that imports a test library,
however deep, is named with the import that failed. The suite's own build (the `site` fixture)
runs under the same condition, so what only a whole build reaches is covered too.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys

from gradbook import ROOT
from gradbook.built_site import TEST_ONLY

CONFIG = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")

IMPORT_EACH = """
import importlib, json, sys
sys.modules.update(dict.fromkeys({blocked!r}))
failed = {{}}
for name in {modules!r}:
    try:
        importlib.import_module(name)
    except ImportError as error:
        failed[name] = f"{{type(error).__name__}}: {{error}}"
print(json.dumps(failed))
"""


def build_modules(config: str) -> list[str]:
    """The modules a config makes the build import: hooks, gradbook's Markdown extensions, and
    functions named by `!!python/name:`."""
    hooks = re.findall(r"^  - (gradbook/hooks/\w+)\.py$", config, re.MULTILINE)
    extensions = re.findall(r"^  (gradbook\.markdown\.\w+):", config, re.MULTILINE)
    functions = re.findall(r"!!python/name:([\w.]+)\.\w+", config)
    named = [hook.replace("/", ".") for hook in hooks] + extensions + functions
    return list(dict.fromkeys(named + [module for name in named for module in gradbook_imports(name)]))


def source_of(module: str):
    path = ROOT / (module.replace(".", "/") + ".py")
    return path if path.is_file() else path.with_suffix("") / "__init__.py"


def is_module(module: str) -> bool:
    return source_of(module).is_file()


def gradbook_imports(module: str) -> list[str]:
    """The modules of gradbook a module's own source imports, wherever in it the import stands."""
    found = []
    for node in ast.walk(ast.parse(source_of(module).read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("gradbook"):
            found.append(node.module)
            # `from gradbook import math_render` imports a module, not a name.
            found += [f"{node.module}.{a.name}" for a in node.names if is_module(f"{node.module}.{a.name}")]
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.startswith("gradbook")]
    return found


def unimportable(modules: list[str], blocked: tuple[str, ...] = TEST_ONLY) -> dict[str, str]:
    """Each module that fails to import without the blocked libraries, with its error."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EACH.format(blocked=blocked, modules=modules)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


def test_the_config_names_the_build_modules():
    modules = build_modules(CONFIG)
    # A hook, an extension, the fence's format, and a module a hook imports inside a function.
    for expected in ("gradbook.hooks.notebooks", "gradbook.markdown.mathml", "gradbook.figures", "gradbook.pages"):
        assert expected in modules, f"{expected} not found in mkdocs.yml by build_modules(): {modules}"


def test_no_build_module_imports_a_test_library():
    failed = unimportable(build_modules(CONFIG))
    assert not failed, "modules the build imports need a test library:\n" + "\n".join(
        f"{name}: {error}" for name, error in failed.items()
    )


def test_a_module_that_imports_a_test_library_is_named():
    # gradbook.sybil_parsers is the sybil parsers: it cannot import without sybil.
    failed = unimportable(["gradbook.markdown.glossary", "gradbook.sybil_parsers"])
    assert list(failed) == ["gradbook.sybil_parsers"], failed
    assert "sybil" in failed["gradbook.sybil_parsers"], failed
