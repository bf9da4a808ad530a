"""The error a page transform stops the build with: one line saying what to mend, and where.

Under MkDocs it is a PluginError, which MkDocs prints as that one line ("Error reading page
'backprop.md': …") instead of a traceback; under an engine without MkDocs (Zensical) it is a
plain exception with the same message, so the extensions import nothing from either engine.
"""

from __future__ import annotations

try:
    from mkdocs.exceptions import PluginError as _EngineError
except ImportError:
    _EngineError = Exception


class PageTransformError(_EngineError):
    """A page that a transform cannot render as written."""
