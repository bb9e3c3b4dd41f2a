"""Found on the network by the class's name (loopback only here), and the phone page's QR."""

import asyncio
import io

from netcore.classhub.discovery import (
    SERVICE_TYPE,
    Announcer,
    browse,
    instance_name,
    read_info,
    service_info,
)
from netcore.classhub.qrcode import phone_url, qr_matrix, qr_png, qr_text


def test_an_announced_class_is_found_by_a_browser_on_loopback():
    async def scenario():
        announcer = Announcer("7B maths", 8765, ["127.0.0.1"])
        await announcer.start()
        try:
            return await browse(5.0, interfaces=["127.0.0.1"], enough=1)
        finally:
            await announcer.stop()

    found = asyncio.run(asyncio.wait_for(scenario(), 20))
    assert [(c.name, c.url, c.version) for c in found] == [
        ("7B maths", "http://127.0.0.1:8765/", 1)
    ]


def test_the_announcement_names_the_class_and_never_the_code():
    info = service_info("7B <maths>", 9000, ["127.0.0.1"], machine="teacher-pc.school")
    assert info.type == SERVICE_TYPE and info.name == f"7B <maths> (teacher-pc).{SERVICE_TYPE}"
    assert set(info.properties) == {b"class", b"v", b"path"}
    found = read_info(info)
    assert (found.name, found.host, found.port) == ("7B <maths>", "127.0.0.1", 9000)


def test_an_instance_name_fits_one_dns_label():
    name = instance_name("é" * 100 + ".x\n", machine="pc")
    assert len(name.encode()) <= 63 and "." not in name and "\n" not in name


def test_the_qr_code_holds_the_phone_page_address():
    from PIL import Image

    url = phone_url("http://127.0.0.1:8765")
    assert url == "http://127.0.0.1:8765/"
    matrix = qr_matrix(url)
    assert len(matrix) == len(matrix[0]) >= 21 + 8 and any(any(row) for row in matrix)
    image = Image.open(io.BytesIO(qr_png(url, scale=4)))
    assert image.size == (len(matrix) * 4, len(matrix) * 4)
    assert len(qr_text(url).splitlines()) == (len(qr_matrix(url, border=2)) + 1) // 2
