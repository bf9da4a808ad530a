"""The page transforms, as Python-Markdown extensions: one module each, listed under
`markdown_extensions` in mkdocs.yml, so any engine that renders Markdown with Python-Markdown runs
them (MkDocs today; Zensical, Material's successor, is checked by tests/test_zensical.py).

- snippet_titles: each included code block's file as its title, each output block's caption;
- glossary: the glossary page's table and the terms' tooltips (docs/glossary.yml);
- mathml: LaTeX to MathML with Temml, at build time.

What is about the build, not a page (the other language, the notebooks, search terms, caches,
Temml's stylesheet in the site), stays in the MkDocs hooks, gradbook/hooks/.
"""
