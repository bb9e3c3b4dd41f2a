"""``layerlab class serve --folder DIR [--name NAME] [--host ADDR] [--port N] [--json]
[--no-announce]``: the class hub without the window.

It prints the address, the join code and the phone page's address once it listens (``--json``:
one line ``{"address": "HOST:PORT", "code": …, "url": …, "class": …}``), announces the class
on the network (zeroconf) unless ``--no-announce``, and runs until Ctrl-C or SIGTERM, then stops
cleanly. The same folder again resumes the same class with the same code.

The hub is for a trusted school network: nothing is encrypted (no TLS). Bind it to the
address of the classroom's network, not to a network the school does not control.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import json
import signal
import sys
from pathlib import Path

from netcore.cli.errors import EXIT_USAGE, fail


class _Parser(argparse.ArgumentParser):
    """As the main command's parser: a usage mistake is one line and exit status 2."""

    def error(self, message):
        self.print_usage(sys.stderr)
        print(f"layerlab: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


#: The port a class uses unless the teacher picks another (one number to write on the board).
DEFAULT_PORT = 8765


def register(sub) -> None:
    """``class serve``, added to the ``class`` command's subcommands."""
    p = sub.add_parser(
        "serve",
        help="run the class hub: students join with its code (trusted school network, no TLS)",
        description="Run the class hub for the class kept in DIR (created, or resumed with the "
        "same code). It serves students on HOST:PORT until Ctrl-C or SIGTERM. Nothing is "
        "encrypted: use it on a school network you trust.",
    )
    p.add_argument("--folder", required=True, metavar="DIR", help="the class's folder")
    p.add_argument(
        "--port",
        default=str(DEFAULT_PORT),
        metavar="N",
        help=f"the port, 1…65535 (0: any free; default {DEFAULT_PORT})",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help="the address to listen on (default 127.0.0.1: this machine only; "
        "the classroom network's address, or 0.0.0.0 for all)",
    )
    p.add_argument("--name", default="", help="the class's name (when the folder is new)")
    p.add_argument("--json", action="store_true", help="print one JSON line once listening")
    p.add_argument("--no-announce", action="store_true", help="do not announce on the network")
    p.set_defaults(func=cmd_serve)


def _check(args: argparse.Namespace) -> list[str]:
    problems = []
    if not args.port.isdigit() or not 0 <= int(args.port) <= 65535:
        problems.append(f"--port: {args.port!r} is not a port; use a whole number 1…65535")
    try:
        ipaddress.ip_address(args.host)
    except ValueError:
        problems.append(
            f"--host: {args.host!r} is not an IP address; use e.g. 127.0.0.1, 0.0.0.0 or this "
            "machine's address on the classroom network"
        )
    folder = Path(args.folder)
    if folder.exists() and not folder.is_dir():
        problems.append(f"--folder: {folder} is a file, not a folder")
    if len(args.name) > 100:
        problems.append(f"--name: {len(args.name)} characters; at most 100")
    return problems


def cmd_serve(args: argparse.Namespace) -> int:
    import asyncio  # here: every other command starts without it

    problems = _check(args)
    if problems:
        return fail(problems)
    from netcore.classhub.store import StoreError

    try:
        return asyncio.run(_serve(args))
    except StoreError as exc:
        return fail([str(exc)])
    except OSError as exc:
        return fail(
            [
                f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}; "
                "choose another --port or --host"
            ]
        )


def _addresses(host: str) -> list[str]:
    """Addresses to announce: the one bound, or every non-loopback one for a wildcard."""
    if not ipaddress.ip_address(host).is_unspecified:
        return [host]
    import ifaddr

    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and not ipaddress.ip_address(ip.ip).is_loopback:
                found.append(ip.ip)
    return found


async def _serve(args: argparse.Namespace) -> int:
    import asyncio

    from netcore.classhub.discovery import Announcer
    from netcore.classhub.hub import ClassHub
    from netcore.classhub.qrcode import phone_url, qr_text
    from netcore.classhub.server import HubServer

    # before anything is printed: whoever reads the address may stop the hub at once
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    hub = ClassHub(args.folder, args.name)
    server = HubServer(hub, args.host, int(args.port))
    try:
        await server.start()
    except OSError:
        await hub.stop()
        raise
    announcer = None
    addresses = _addresses(args.host)
    if not args.no_announce and addresses:
        announcer = Announcer(hub.class_name, server.port, addresses)
        try:
            await announcer.start()
        except Exception as exc:  # noqa: BLE001 - the class works without the announcement
            print(f"layerlab: warning: not announced on the network ({exc})", file=sys.stderr)
            announcer = None
    host = addresses[0] if ipaddress.ip_address(args.host).is_unspecified and addresses else None
    url = server.url if host is None else f"http://{host}:{server.port}/"
    if args.json:
        line = {
            "address": server.address,
            "code": hub.code,
            "url": phone_url(url),
            "class": hub.class_name,
            "folder": str(Path(args.folder).resolve()),
        }
        print(json.dumps(line), flush=True)
    else:
        print(
            f"Class {hub.class_name!r} listening on {url}\nJoin code: {hub.code}\n"
            f"Phone page: {phone_url(url)}\n{qr_text(phone_url(url))}\n"
            "Trusted school network only: nothing is encrypted. Ctrl-C stops the hub.",
            flush=True,
        )
    try:
        await stop.wait()
    finally:
        if announcer is not None:
            await announcer.stop()
        await server.stop()
    if not args.json:
        print("The class hub stopped; everything handed in is in", args.folder)
    return 0


def _main(argv: list[str] | None = None) -> int:
    """``python -m netcore.cli.class_serve …``: the command on its own (the bench starts it so)."""
    parser = _Parser(prog="layerlab class")
    register(parser.add_subparsers(dest="command", parser_class=_Parser))
    args = parser.parse_args(["serve", *(sys.argv[1:] if argv is None else argv)])
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(_main())
