"""``layerlab class``: bad input exits 2 with a clear line; a real hub in a process (``class
serve``) prints its address and code, stops cleanly on SIGTERM, and after a SIGKILL resumes the
same class with every acknowledged hand-in; a headless student (``class join``) hands in; the
teacher reads the class (``class status``) and writes its dataset (``class dataset``)."""

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
from netcore.cli.main import main

from .helpers import handin_id, png

ROOT = Path(__file__).resolve().parents[3]


def cli(argv):
    return main(["class", "serve", *argv])


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
    assert cli(["--folder", str(tmp_path), *argv]) == 2
    assert capsys.readouterr().err.startswith(message)


def test_a_folder_that_is_a_file_or_a_port_in_use_exits_2(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    assert cli(["--folder", str(tmp_path / "file"), "--port", "0"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert cli(["--folder", str(tmp_path / "c"), "--port", str(port), "--no-announce"]) == 2
    err = capsys.readouterr().err
    assert f"layerlab: cannot listen on 127.0.0.1:{port}:" in err and "choose another --port" in err
    assert "Traceback" not in err


def test_a_missing_option_exits_2(capsys):
    with pytest.raises(SystemExit) as exited:
        cli(["--port", "80"])
    assert exited.value.code == 2
    assert "--folder" in capsys.readouterr().err


def start(folder, port="0"):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "netcore.cli.class_serve",
            "--folder",
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


def test_a_headless_student_joins_and_hands_in_and_the_teacher_reads_the_class(tmp_path, capsys):
    """class serve → class join (a drawing, a project) → class status → class dataset, which
    LayerLab then opens as an image-folder dataset."""
    from netcore.datasets.files import load_image_folder
    from netcore.network.spec import load
    from netcore.project.fileformat import save_project
    from netcore.project.model import Project
    from netcore.resources import preset_paths

    folder = tmp_path / "class"
    process, shown = start(folder)
    try:
        drawing = tmp_path / "four.png"
        drawing.write_bytes(png())
        project = tmp_path / "mine.layerlab"
        save_project(project, Project(spec=load(preset_paths()["xor-mlp"])))
        argv = ["class", "join", shown["address"], "--code", shown["code"], "--name", "Ada"]
        assert main([*argv, "--drawing", str(drawing), "--label", "4"]) == 0
        out = capsys.readouterr().out
        assert "joined the class as 'Ada'" in out and "handed in the drawing (digit 4)" in out
        grace = [*argv[:-1], "Grace", "--project", str(project), "--drawing", str(drawing)]
        assert main([*grace, "--label", "7"]) == 0
        assert "handed in the project" in capsys.readouterr().out
        # a wrong code: refused, exit 2, no traceback
        wrong = ["class", "join", shown["address"], "--code", "WRONG1", "--name", "Eve"]
        assert main(wrong) == 2
        assert "the hub refused to let you in" in capsys.readouterr().err
        # the teacher reads the class while the hub runs
        assert main(["class", "status", "--folder", str(folder), "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert [s["name"] for s in status["students"]] == ["Ada", "Grace"]
        assert status["dataset"]["pending"] == 2 and status["dataset"]["by_label"]["4"] == 1
        assert [s["kind"] for s in status["submissions"]] == ["project"]
        assert main(["class", "status", "--folder", str(folder)]) == 0
        text = capsys.readouterr().out
        assert "2 students:" in text and "Hand-ins: 1 project" in text
        assert (
            main(["class", "dataset", "--folder", str(folder), "--out", str(tmp_path / "d")]) == 0
        )
        assert "2 drawings written" in capsys.readouterr().out
        data = load_image_folder(tmp_path / "d")
        assert data.class_names == ["4", "7"] and len(data.x_train) + len(data.x_test) == 2
    finally:
        process.send_signal(signal.SIGTERM)
        process.communicate(timeout=10)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["join", "nowhere", "--code", "X", "--name", "A"], "ADDRESS: 'nowhere' is not an address"),
        (["join", "127.0.0.1:9", "--code", "X", "--name", "A", "--label", "4"], "go together"),
        (
            [
                "join",
                "127.0.0.1:9",
                "--code",
                "X",
                "--name",
                "A",
                "--drawing",
                "x.png",
                "--label",
                "12",
            ],
            "--label: '12' is not a digit",
        ),
        (["status", "--folder", "."], "is not a class folder (no class.sqlite3)"),
        (["dataset", "--folder", ".", "--out", "x"], "is not a class folder"),
    ],
)
def test_class_commands_refuse_bad_input_with_exit_2(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["class", *argv]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "class.sqlite3").exists()  # status never creates a class


def test_joining_where_no_hub_answers_says_so(capsys):
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    argv = ["class", "join", f"127.0.0.1:{port}", "--code", "ABCDEFG", "--name", "Ada"]
    assert main(argv) == 2
    assert f"no class hub answers at http://127.0.0.1:{port}/" in capsys.readouterr().err
