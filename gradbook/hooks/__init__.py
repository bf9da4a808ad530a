"""MkDocs hooks, each a file with one job, listed under `hooks:` in mkdocs.yml."""
