"""The class on the school network without typing an address: the hub announces itself with
mDNS/DNS-SD (python-zeroconf, service type ``_layerlab._tcp``) under the class's name, and the
students' apps browse for a few seconds and list what they found.

The announcement carries the class's name, the protocol version and the port, never the join
code: being on the network is not being in the class. Every loop here is bounded: browsing
stops after ``seconds``, and an announcement ends with ``stop``.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import re
import socket
from dataclasses import dataclass

from zeroconf import IPVersion, ServiceStateChange
from zeroconf.asyncio import AsyncServiceBrowser, AsyncServiceInfo, AsyncZeroconf

from netcore.classhub.protocol import PROTOCOL_VERSION

SERVICE_TYPE = "_layerlab._tcp.local."
#: An instance name is one DNS label: at most 63 bytes.
MAX_LABEL = 63


@dataclass(frozen=True)
class FoundClass:
    """A class announced on the network."""

    name: str
    host: str
    port: int
    version: int

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"


def instance_name(class_name: str, machine: str | None = None) -> str:
    """The DNS-SD instance name: the class's name and the machine's, within one DNS label
    (two teachers may both call their class "7B")."""
    machine = (machine or socket.gethostname()).split(".")[0]
    text = re.sub(r"[\x00-\x1f\x7f.]", " ", f"{class_name} ({machine})").strip()
    while len(text.encode()) > MAX_LABEL:
        text = text[:-1]
    return text or "LayerLab class"


def service_info(class_name: str, port: int, addresses: list[str], machine: str | None = None):
    """What the hub announces: its name, addresses and port, the class and the protocol."""
    return AsyncServiceInfo(
        SERVICE_TYPE,
        f"{instance_name(class_name, machine)}.{SERVICE_TYPE}",
        port=port,
        parsed_addresses=addresses,
        properties={"class": class_name[:200], "v": str(PROTOCOL_VERSION), "path": "/"},
        server=f"{(machine or socket.gethostname()).split('.')[0]}-layerlab.local.",
    )


def read_info(info) -> FoundClass | None:
    """A browsed service as a class (None when it lacks an address or is not ours)."""
    addresses = info.parsed_scoped_addresses()
    props = {
        (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
        for k, v in (info.properties or {}).items()
    }
    if not addresses or not info.port:
        return None
    try:
        version = int(props.get("v") or 0)
    except ValueError:
        version = 0
    name = props.get("class") or info.name.removesuffix("." + SERVICE_TYPE)
    return FoundClass(str(name)[:200], addresses[0], int(info.port), version)


def _version(addresses: list[str]) -> IPVersion:
    kinds = {ipaddress.ip_address(a.split("%")[0]).version for a in addresses}
    if kinds == {4}:
        return IPVersion.V4Only
    return IPVersion.V6Only if kinds == {6} else IPVersion.All


class Announcer:
    """Announces a hub while it runs.

    Args:
        class_name: Shown to students browsing.
        port: The hub's port.
        addresses: The addresses the hub listens on (and announces).
        interfaces: Where to announce (default: those addresses).
    """

    def __init__(
        self, class_name: str, port: int, addresses: list[str], interfaces: list[str] | None = None
    ) -> None:
        self.info = service_info(class_name, port, addresses)
        self._interfaces = interfaces or addresses
        self._zc: AsyncZeroconf | None = None

    async def start(self) -> None:
        self._zc = AsyncZeroconf(interfaces=self._interfaces, ip_version=_version(self._interfaces))
        await self._zc.async_register_service(self.info, allow_name_change=True)

    async def stop(self) -> None:
        if self._zc is not None:
            with contextlib.suppress(Exception):
                await self._zc.async_unregister_service(self.info)
            await self._zc.async_close()
            self._zc = None


async def browse(
    seconds: float = 3.0, interfaces: list[str] | None = None, enough: int | None = None
) -> list[FoundClass]:
    """The classes announced on the network, listening for ``seconds`` (or until ``enough``
    were found), then it stops."""
    kwargs = {"interfaces": interfaces, "ip_version": _version(interfaces)} if interfaces else {}
    zc = AsyncZeroconf(**kwargs)
    names: set[str] = set()

    def changed(zeroconf, service_type, name, state_change) -> None:
        if state_change in (ServiceStateChange.Added, ServiceStateChange.Updated):
            names.add(name)

    browser = AsyncServiceBrowser(zc.zeroconf, [SERVICE_TYPE], handlers=[changed])
    found: dict[str, FoundClass] = {}
    try:
        loop = asyncio.get_running_loop()
        end = loop.time() + seconds
        while loop.time() < end and (enough is None or len(found) < enough):
            await asyncio.sleep(min(0.1, max(0.0, end - loop.time())))
            for name in list(names - set(found)):
                info = AsyncServiceInfo(SERVICE_TYPE, name)
                if await info.async_request(zc.zeroconf, 500):
                    entry = read_info(info)
                    if entry is not None:
                        found[name] = entry
    finally:
        await browser.async_cancel()
        await zc.async_close()
    return sorted(found.values(), key=lambda c: c.name.lower())
