"""``layerlab hub``: bad input exits 2 with a clear line; a real hub in a process prints its
address and code, stops cleanly on SIGTERM, and after a SIGKILL resumes the same class with
every acknowledged hand-in."""

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from netcore.classhub import protocol as p
from netcore.cli import hub as hubcli

from .helpers import handin_id, png

ROOT = Path(__file__).resolve().parents[3]


def cli(argv):
    parser = hubcli._Parser(prog="layerlab")
    hubcli.register(parser.add_subparsers(dest="command", parser_class=hubcli._Parser))
    args = parser.parse_args(["hub", *argv])
    return args.func(args)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["--port", "99999"],
            "layerlab: --port: '99999' is not a port; use a whole number 1…65535",
        ),
        (["--port", "80", "--host", "school"], "layerlab: --host: 'school' is not an IP address"),
        (["--port", "80", "--name", "x" * 101], "layerlab: --name: 101 characters; at most 100"),
    ],
)
def test_bad_options_exit_2_with_the_reason(tmp_path, capsys, argv, message):
    assert cli(["--class-folder", str(tmp_path), *argv]) == 2
    assert capsys.readouterr().err.startswith(message)


def test_a_folder_that_is_a_file_or_a_port_in_use_exits_2(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert cli(["--class-folder", str(tmp_path / "file"), "--port", "0"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert (
            cli(["--class-folder", str(tmp_path / "c"), "--port", str(port), "--no-announce"]) == 2
        )
    err = capsys.readouterr().err
    assert f"layerlab: cannot listen on 127.0.0.1:{port}:" in err and "choose another --port" in err
    assert "Traceback" not in err


def test_a_missing_option_exits_2(capsys):
    with pytest.raises(SystemExit) as exited:
        cli(["--port", "80"])
    assert exited.value.code == 2
    assert "--class-folder" in capsys.readouterr().err


def start(folder, port="0"):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "netcore.cli.hub",
            "--class-folder",
            str(folder),
            "--port",
            port,
            "--json",
            "--no-announce",
            "--name",
            "7B",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    line = process.stdout.readline()
    assert line, process.stderr.read()
    return process, json.loads(line)


async def hand_in_drawing(url, code):
    async with aiohttp.ClientSession() as s:
        ws = await s.ws_connect(url + "ws")
        await ws.send_str(p.write(p.Join(code=code, name="Ada")).decode())
        welcome = p.read_hub((await ws.receive(timeout=5)).data)
        ident = handin_id()
        async with s.post(
            url + "api/handin/drawing",
            data=png(),
            params={"id": ident, "label": "4"},
            headers={"Authorization": f"Bearer {welcome.token}"},
        ) as response:
            assert response.status == 200
        await ws.close()
        return ident


def test_the_hub_runs_stops_on_sigterm_and_loses_nothing_acknowledged_after_sigkill(tmp_path):
    folder = tmp_path / "class"
    process, shown = start(folder)
    assert shown["class"] == "7B" and len(shown["code"]) >= 6
    assert shown["url"] == f"http://{shown['address']}/"
    ident = asyncio.run(hand_in_drawing(shown["url"], shown["code"]))
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=10)
    port = shown["address"].rsplit(":", 1)[1]
    again, resumed = start(folder, port)
    assert resumed["code"] == shown["code"]
    from netcore.classhub.store import ClassStore

    store = ClassStore(folder)
    assert [i["handin_id"] for i in store.items()] == [ident]
    assert (folder / store.items()[0]["file"]).is_file()
    store.close()
    again.send_signal(signal.SIGTERM)
    _, err = again.communicate(timeout=10)
    assert again.returncode == 0 and "Traceback" not in err


def test_layerlab_itself_offers_the_hub_command(tmp_path, capsys):
    from netcore.cli.main import main

    assert main(["hub", "--class-folder", str(tmp_path), "--port", "99999"]) == 2
    assert "'99999' is not a port" in capsys.readouterr().err
