"""FakeBeamServer: the fake on a real socket, served by uvicorn in a background thread."""

from __future__ import annotations

import asyncio
import socket
import threading
from types import TracebackType

import uvicorn
from starlette.requests import Request
from uvicorn.protocols.http.h11_impl import H11Protocol

from ._app import create_app
from ._fake import FakeBeam


class _Connections:
    """Maps a client address to its transport so a fault can abort that exact connection."""

    def __init__(self) -> None:
        self.transports: dict[tuple[str, int], asyncio.Transport] = {}
        self.lock = threading.Lock()

    def protocol_class(self) -> type[H11Protocol]:
        registry = self

        class TrackingH11Protocol(H11Protocol):
            def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
                super().connection_made(transport)
                sock = transport.get_extra_info("socket")
                if sock is not None:  # headers and body go out as separate writes: without this,
                    # Nagle + delayed ACK stall every response on a reused connection by ~40 ms.
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                peer = transport.get_extra_info("peername")
                if isinstance(peer, tuple):
                    with registry.lock:
                        registry.transports[(str(peer[0]), int(peer[1]))] = transport

            def connection_lost(self, exc: Exception | None) -> None:
                if self.client is not None:
                    with registry.lock:
                        registry.transports.pop((str(self.client[0]), int(self.client[1])), None)
                super().connection_lost(exc)

        return TrackingH11Protocol

    def drop(self, request: Request) -> bool:
        client = request.scope.get("client")
        if not client:
            return False
        with self.lock:
            transport = self.transports.get((str(client[0]), int(client[1])))
        if transport is None:
            return False
        transport.abort()
        return True


class FakeBeamServer:
    """Serve a :class:`FakeBeam` on 127.0.0.1 (``port=0`` picks a free port).

    Use as a context manager, or call :meth:`start` / :meth:`stop`.
    """

    def __init__(self, fake: FakeBeam | None = None, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.fake = fake if fake is not None else FakeBeam()
        self.host = host
        self._requested_port = port
        self._connections = _Connections()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("server not started")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> FakeBeamServer:
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self._requested_port))
        sock.listen(128)
        self._socket = sock
        self._port = int(sock.getsockname()[1])
        config = uvicorn.Config(
            create_app(self.fake),
            http=self._connections.protocol_class(),
            lifespan="off",
            log_level="warning",
            access_log=False,
            timeout_graceful_shutdown=1,
        )
        server = uvicorn.Server(config)
        self._server = server
        self.fake.drop_connection = self._connections.drop
        self._thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        while not server.started:
            if not self._thread.is_alive():
                raise RuntimeError("fake Beam server failed to start")
            self._thread.join(0.01)
        self.fake.url = self.url
        return self

    def stop(self) -> None:
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(5)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(5)
        if self._socket is not None:
            self._socket.close()
        self._server = None
        self._thread = None

    def __enter__(self) -> FakeBeamServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def __repr__(self) -> str:
        url = self.url if self._port is not None else None
        return f"FakeBeamServer(url={url!r}, running={self._thread is not None})"
