"""What one poll remembers about the sites whose pages it fetches: robots.txt and Crawl-delay.

A poll runs its batches one after another, each on its own event loop and Fetcher, while the
pages of one site turn up in any batch (an aggregator's feed links to many sites, and many
feeds link to one). So the memory lives in `PollPoliteness`, one per poll, made of plain values
(parsed policies, monotonic times), and each batch wraps it in a `PageGate` bound to the
batch's Fetcher and loop. robots.txt is fetched at most once per origin per poll, even when
several pages of the origin ask for it at the same moment.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from flows.fetch import Fetcher, Refusal
from flows.robots import RobotsPolicy, fetch_robots, origin_of, user_agent_token
from flows.settings import Settings


class PollPoliteness:
    """Per-poll memory: each origin's robots.txt policy, and when its next page may start."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.token = user_agent_token(settings.user_agent)
        self.policies: dict[str, RobotsPolicy] = {}
        # origin -> monotonic time before which no page request to it may start (Crawl-delay)
        self.next_start: dict[str, float] = {}

    def gate(self, fetcher: Fetcher) -> PageGate:
        """The hop gate for one batch's Fetcher (see flows.fetch.HopGate)."""
        return PageGate(self, fetcher)


class PageGate:
    """Applies robots.txt and Crawl-delay to every hop of a page fetch, within one batch."""

    def __init__(self, poll: PollPoliteness, fetcher: Fetcher) -> None:
        self._poll = poll
        self._fetcher = fetcher
        self._pending: dict[str, asyncio.Task[RobotsPolicy]] = {}
        # One page request at a time to an origin with a Crawl-delay: the delay then runs from
        # the end of one response to the start of the next, however slow the site answers.
        self._turns: dict[str, asyncio.Lock] = {}

    @asynccontextmanager
    async def __call__(self, url: str) -> AsyncIterator[Refusal | None]:
        origin = origin_of(url)
        if origin is None:  # not http(s): the fetcher refuses it by itself
            yield None
            return
        policy = await self.policy(origin)
        refusal = policy.refusal(url, self._poll.token)
        if refusal is not None or not policy.crawl_delay_s:
            yield refusal
            return
        turn = self._turns.setdefault(origin, asyncio.Lock())
        async with turn:
            wait = self._poll.next_start.get(origin, 0.0) - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                yield None
            finally:
                self._poll.next_start[origin] = time.monotonic() + policy.crawl_delay_s

    async def policy(self, origin: str) -> RobotsPolicy:
        """The origin's policy, fetching its robots.txt once for the whole poll."""
        known = self._poll.policies.get(origin)
        if known is not None:
            return known
        task = self._pending.get(origin)
        if task is None:
            task = asyncio.ensure_future(
                fetch_robots(self._fetcher, origin, self._poll.token, self._poll.settings)
            )
            self._pending[origin] = task
        policy = await asyncio.shield(task)
        self._poll.policies[origin] = policy
        return policy
