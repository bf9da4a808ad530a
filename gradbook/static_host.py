"""Serve a built site the way it is published: Debian's nginx, as a static host serves it.

The browser tests and the benchmark look at the site through this server, so what they see is
what a reader of a real host gets:

- the worker process runs as an unprivileged user (`www-data`) when the suite runs as root, as
  CI does: a file or folder that only the builder may read is refused (HTTP 403), as on a host;
- text is gzip-compressed, as GitHub Pages, Netlify or nginx with `gzip on` serve it;
- content types come from nginx's own mime.types; nothing is rewritten, listed or negotiated:
  a page that needs a server feature a static host lacks does not work here either;
- a missing path answers 404 with the 404 page of its language (`/en/…` the English one);
- each response carries `LinkChecker: maxrated`, the site owner's consent to full-speed
  crawling (LinkChecker otherwise waits 0.1-0.6 s between two requests to one host).

    with serve(site_dir) as url:   # 'http://127.0.0.1:<port>/'
        ...
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

NGINX = "/usr/sbin/nginx"  # Debian's package `nginx` (make test installs it)
WORKER_USER = "www-data"  # Debian's unprivileged user for web servers
GZIP_TYPES = (
    "text/css application/javascript application/json image/svg+xml text/xml text/plain application/x-ipynb+json"
)

CONFIG = """\
worker_processes 1;
{user}
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    types {{ application/x-ipynb+json ipynb; }}
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    sendfile on;
    gzip on;
    gzip_comp_level 6;
    gzip_vary on;
    gzip_types {gzip_types};
    server {{
        listen 127.0.0.1:{port};
        root {root};
        index index.html;
        autoindex off;
        add_header LinkChecker maxrated;
        error_page 404 /404.html;
        location /en/ {{
            error_page 404 /en/404.html;
        }}
    }}
}}
"""


class ServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def readable_tempdir(prefix: str) -> Path:
    """A new temporary folder that the web server's unprivileged worker may read.

    tempfile.mkdtemp and pytest's tmp_path make folders only their owner may enter (0700); a
    site built or copied into one is refused by the worker, whatever the site's own modes."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    folder.chmod(0o755)
    return folder


def worker_is_unprivileged() -> bool:
    """Whether the worker runs as WORKER_USER: only a server started by root can switch user."""
    return os.geteuid() == 0


@contextlib.contextmanager
def serve(site_dir: Path, port: int | None = None):
    """Serve site_dir with nginx on 127.0.0.1 (port, or a free one); yields the base URL ending in '/'."""
    if not Path(NGINX).exists():
        raise ServerError(f"{NGINX} is missing: install Debian's nginx (make test does: `make system-packages`)")
    site_dir = Path(site_dir).resolve()
    if not (site_dir / "index.html").is_file():
        raise ServerError(f"{site_dir} holds no built site (no index.html)")
    port = port or free_port()
    prefix = readable_tempdir("gradbook-nginx-")
    user = f"user {WORKER_USER};" if worker_is_unprivileged() else ""
    config = prefix / "nginx.conf"
    config.write_text(CONFIG.format(user=user, prefix=prefix, port=port, root=site_dir, gzip_types=GZIP_TYPES))
    process = subprocess.Popen(
        [NGINX, "-p", str(prefix), "-c", str(config), "-g", "daemon off;"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(process, url, prefix)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(prefix, ignore_errors=True)


def _wait_until_up(process: subprocess.Popen, url: str, prefix: Path, seconds: float = 20) -> None:
    """Return once nginx answers on url; raise with its own words if it stopped or never answered."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log = (process.stdout.read() if process.stdout else "") + _read(prefix / "error.log")
            raise ServerError(f"nginx stopped at start (exit {process.returncode}):\n{log}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return  # it answers, whatever it says: the tests report what it said
        except OSError:
            time.sleep(0.05)
    raise ServerError(f"nginx did not answer on {url} within {seconds:.0f} s:\n{_read(prefix / 'error.log')}")


def _read(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except OSError:
        return ""
