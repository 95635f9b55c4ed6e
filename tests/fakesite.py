# ruff: noqa: E501  (the HTML templates copy t.me markup line for line)
"""A fake t.me/s web preview and feed host on 127.0.0.1 (http.server in a thread), for source and daemon tests.

It serves from the test process, so a daemon started as a subprocess can read it too.

    site = FakeSite().start()            # site.base_url -> "http://127.0.0.1:PORT/s/"
    site.add_channel("chan", [(1, "text"), ...])   # generated pages in the real markup, 20 posts a page
    site.add_file("/s/broken", body, status=200)    # a stored page, served as is
    site.add_file("/feeds/a.xml", xml, etag='"v1"', content_type="application/rss+xml")
    site.fail("/s/chan", status=500, times=2)       # the next two requests fail
    site.delay = 0.05                               # every response waits this long
    site.stop()
"""

from __future__ import annotations

import html
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).parent / "data"
PAGE_SIZE = 20
EPOCH = datetime(2025, 3, 1, 6, 0, tzinfo=UTC)


@dataclass
class StoredFile:
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    location: str | None = None


@dataclass
class FakeSite:
    channels: dict[str, dict[int, str]] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    failures: dict[str, list[int]] = field(default_factory=dict)
    hang: set[str] = field(default_factory=set)  # paths that never answer in time
    delay: float = 0.0
    epoch: datetime = EPOCH  # post N is dated epoch + 10 min * N
    requests: list[tuple[str, dict[str, str], dict[str, str]]] = field(default_factory=list)  # path, query, headers

    def start(self) -> FakeSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site._handle(self)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.root + "/s/"

    def add_channel(self, name: str, posts: list[tuple[int, str]]) -> None:
        self.channels[name] = dict(posts)

    def add_file(self, path: str, body: str | bytes, **kwargs: object) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.files[path] = StoredFile(body=data, **kwargs)  # type: ignore[arg-type]

    def fail(self, path: str, status: int, times: int = 1) -> None:
        self.failures.setdefault(path, []).extend([status] * times)

    def hits(self, path: str) -> int:
        return sum(1 for p, _, _ in self.requests if p == path)

    # --- serving ---

    def _handle(self, req: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(req.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.requests.append((parts.path, query, {k.lower(): v for k, v in req.headers.items()}))
        if parts.path in self.hang:
            time.sleep(2.0)
        if self.delay:
            time.sleep(self.delay)
        pending = self.failures.get(parts.path)
        if pending:
            self._send(req, StoredFile(b"<html><body>Internal error</body></html>", status=pending.pop(0)))
            return
        if parts.path in self.files:
            stored = self.files[parts.path]
            if stored.etag and req.headers.get("If-None-Match") == stored.etag:
                self._send(req, StoredFile(b"", status=304, etag=stored.etag))
                return
            if stored.last_modified and req.headers.get("If-Modified-Since") == stored.last_modified:
                self._send(req, StoredFile(b"", status=304, last_modified=stored.last_modified))
                return
            self._send(req, stored)
            return
        name = parts.path.removeprefix("/s/")
        if parts.path.startswith("/s/") and name in self.channels:
            body = channel_page(name, self.channels[name], query, self.epoch)
            self._send(req, StoredFile(body.encode("utf-8")))
            return
        self._send(req, StoredFile(b"not found", status=404, content_type="text/plain"))

    def _send(self, req: BaseHTTPRequestHandler, stored: StoredFile) -> None:
        try:
            req.send_response(stored.status)
            req.send_header("Content-Type", stored.content_type)
            req.send_header("Content-Length", str(len(stored.body)))
            for name, value in (
                ("ETag", stored.etag),
                ("Last-Modified", stored.last_modified),
                ("Location", stored.location),
            ):
                if value:
                    req.send_header(name, value)
            req.end_headers()
            req.wfile.write(stored.body)
        except (BrokenPipeError, ConnectionResetError):
            pass


def post_date(ident: int, epoch: datetime = EPOCH) -> datetime:
    return epoch + timedelta(minutes=10 * ident)


def channel_page(name: str, posts: dict[int, str], query: dict[str, str], epoch: datetime = EPOCH) -> str:
    """A page in t.me/s markup: the newest 20, or 20 before ?before=N, or 20 after ?after=N (oldest first)."""
    ids = sorted(posts)
    if "before" in query:
        shown = [i for i in ids if i < int(query["before"])][-PAGE_SIZE:]
    elif "after" in query:
        shown = [i for i in ids if i > int(query["after"])][:PAGE_SIZE]
    else:
        shown = ids[-PAGE_SIZE:]
    more = ""
    if shown and shown[0] > ids[0]:
        more = (
            f'<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/{name}?before={shown[0]}" '
            f'class="tme_messages_more js-messages_more" data-before="{shown[0]}"></a></div>'
        )
    body = "\n".join(message_html(name, i, posts[i], epoch) for i in shown)
    return PAGE.format(name=name, more=more, body=body)


def message_html(name: str, ident: int, text: str, epoch: datetime = EPOCH) -> str:
    when = post_date(ident, epoch)
    markup = html.escape(text).replace("\n", "<br/>")
    return f"""<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{name}/{ident}" data-view="eyJjIjotMTAwMTM4MjA0NTcwOSwicCI6MTUwMDEsInQiOjE3MTQ1NDEwMTIsImgiOiJhYmMifQ">
  <div class="tgme_widget_message_user"><a href="https://t.me/{name}"><i class="tgme_widget_message_user_photo bgcolor6" style="background-color:#38a" data-content="Г"></i></a></div>
  <div class="tgme_widget_message_bubble">
    <div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/{name}"><span dir="auto">{name}</span></a></div>
    <div class="tgme_widget_message_text js-message_text" dir="auto">{markup}</div>
    <div class="tgme_widget_message_footer compact js-message_footer">
      <div class="tgme_widget_message_info short js-message_info">
        <span class="tgme_widget_message_views">12.{ident % 10}K</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{name}/{ident}"><time datetime="{when.isoformat()}" class="time">{when:%H:%M}</time></a></span>
      </div>
    </div>
  </div>
</div></div>"""


PAGE = """<!DOCTYPE html>
<html>
  <head>
    <meta charset="utf-8">
    <title>{name} – Telegram</title>
    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no">
    <meta property="og:title" content="{name}">
  </head>
  <body class="widget_frame_base tgme_widget body_widget_post emoji_image nodesktop">
    <div class="tgme_page_wrap">
      <main class="tgme_main">
        <div class="tgme_container">
          <section class="tgme_channel_history js-message_history">
{more}
{body}
          </section>
        </div>
      </main>
    </div>
  </body>
</html>
"""


# --- what source tests share: a tiny real gazetteer and a real ledger behind the watcher's Ingest sink ---


def tiny_gazetteer():  # type: ignore[no-untyped-def]
    from bot.core.places import Gazetteer
    from bot.models import Settlement

    return Gazetteer.from_settlements(
        [
            Settlement(
                "UA23100270150025192",
                "C",
                "Роботине",
                "Robotyne",
                "Запорізька",
                "Пологівський",
                "Токмацька",
                47.44781,
                35.837,
            ),
            Settlement(
                "UA14160190010012632",
                "X",
                "Очеретине",
                "Ocheretyne",
                "Донецька",
                "Покровський",
                "Очеретинська",
                48.24446,
                37.61575,
            ),
            Settlement(
                "UA14160190050028850",
                "C",
                "Архангельське",
                "Arkhanhelske",
                "Донецька",
                "Покровський",
                "Очеретинська",
                48.26626,
                37.64487,
            ),
        ],
        aliases={"UA23100270150025192": ["Работино"], "UA14160190010012632": ["Очеретино"]},
    )


def numbered_posts(first: int, last: int, prefix: str = "Зведення") -> list[tuple[int, str]]:
    places = ["Роботине", "Очеретине", "Архангельське"]
    return [(i, f"{prefix} №{i}: Сили оборони відбили атаки поблизу {places[i % 3]}.") for i in range(first, last + 1)]
