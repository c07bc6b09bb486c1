"""``GET /agent-tasks/{taskId}/updates``: one SSE event per status change.

The stream replays the task's history, then waits on the clock for the next transition; it ends after a
terminal or waiting status. Under a FakeClock it advances only when the test advances the clock.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator

from starlette.requests import Request
from starlette.responses import StreamingResponse

from ._fake import FakeBeam
from ._tasks import TaskRecord

STREAM_FAULTS = frozenset({"sse_cut", "sse_end", "sse_silence"})


def format_event(event: dict[str, object]) -> str:
    return f"id: {event['sequence']}\ndata: {json.dumps(event, separators=(',', ':'))}\n\n"


KEEPALIVE_TEXT = {"comment": ": ping\n\n", "empty_data": "data:\n\n"}


async def _wait_with_keepalive(fake: FakeBeam, due: float, last: str | None) -> AsyncIterator[str]:
    """Wait for the clock to reach ``due``, sending the configured keep-alive every interval meanwhile."""
    interval = fake.quirks.sse_keepalive
    if not interval:
        await fake.clock.sleep_until(due)
        return
    kind = fake.quirks.sse_keepalive_kind
    waiting = asyncio.ensure_future(fake.clock.sleep_until(due))
    try:
        while True:
            done, _ = await asyncio.wait({waiting}, timeout=interval)
            if done:
                return
            yield (last or "") if kind == "replay" else KEEPALIVE_TEXT[kind]
    finally:
        waiting.cancel()


def task_updates(fake: FakeBeam, request: Request, task: TaskRecord) -> StreamingResponse:
    fault = fake.faults.take(request.method, request.url.path, STREAM_FAULTS)

    async def events() -> AsyncIterator[str]:
        sent, last = 0, None
        while True:
            with fake.store.lock:
                fake.refresh_task(task)
                pending = list(task.history[sent:])
                finished = task.finished
                due = task.next_transition(fake.queue_seconds, fake.run_seconds)
            for event in pending:
                if fault is not None and sent >= fault.after_events:
                    if fault.kind == "sse_cut":
                        fake.drop_connection(request)
                        for _ in range(3):
                            await asyncio.sleep(0)
                    elif fault.kind == "sse_silence":
                        await asyncio.Event().wait()  # until the client goes away (cancelled)
                    return  # sse_end: a clean end of the response
                last = format_event(event)
                yield last
                sent += 1
            if finished or due is None:
                return
            async for keepalive in _wait_with_keepalive(fake, due, last):
                yield keepalive

    return StreamingResponse(
        events(),
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )
