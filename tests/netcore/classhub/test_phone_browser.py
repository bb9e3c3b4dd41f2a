"""The phone page in a real browser (Debian's Chromium, headless, on loopback) at a phone's
360×640: join with the code, draw a digit with a finger (pointer events), pick its label, send
it, and find it in the class dataset; a wrong code refused; a name with markup shown as text;
the page saying so when the hub is gone."""

import os
import shutil
import time
from pathlib import Path

import pytest

from netcore.classhub.hub import ClassHub
from netcore.classhub.runner import LoopThread
from netcore.classhub.server import HubServer

CHROMIUM, DRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SHOTS = Path(os.environ.get("CLASS_SHOTS", "/tmp/class_shots"))

pytestmark = pytest.mark.skipif(
    not (shutil.which(CHROMIUM) and shutil.which(DRIVER)),
    reason="Chromium and chromium-driver are not installed (apt: chromium chromium-driver)",
)


@pytest.fixture
def hub(tmp_path):
    loop = LoopThread()
    hub = ClassHub(tmp_path / "class", name="7B")
    hub.predictor = lambda image: [0.02] * 3 + [0.82] + [0.02] * 6
    server = HubServer(hub, "127.0.0.1", 0)
    loop.call(server.start)
    yield hub, server, loop
    if server._runner is not None:
        loop.call(server.stop)
    loop.stop()


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--window-size=360,640",
        "--no-first-run",
        "--disable-background-networking",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "mobileEmulation", {"deviceMetrics": {"width": 360, "height": 640, "pixelRatio": 1}}
    )
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(15)
    yield driver
    driver.quit()


def wait_for(condition, seconds=10.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    raise AssertionError(f"not within {seconds} s")


def join(driver, server, code, name):
    from selenium.webdriver.common.by import By

    driver.get(server.url)
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "joinButton").click()


def draw_a_one(driver):
    """A vertical stroke with a finger (touch pointer events)."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder
    from selenium.webdriver.common.actions.interaction import POINTER_TOUCH
    from selenium.webdriver.common.actions.pointer_input import PointerInput
    from selenium.webdriver.common.by import By

    paper = driver.find_element(By.ID, "paper")
    finger = PointerInput(POINTER_TOUCH, "finger")
    actions = ActionBuilder(driver, mouse=finger)
    actions.pointer_action.move_to(paper, 0, -int(paper.size["height"] * 0.3))
    actions.pointer_action.pointer_down()
    for step in range(1, 13):
        actions.pointer_action.move_to(paper, 2, -int(paper.size["height"] * 0.3) + step * 16)
    actions.pointer_action.pointer_up()
    actions.perform()


def shot(driver, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"phone-{name}.png"))


def test_a_phone_joins_draws_and_its_digit_reaches_the_class_dataset(hub, browser):
    from selenium.webdriver.common.by import By

    hub_, server, loop = hub
    join(browser, server, hub_.code.lower(), "Zoé <script>alert(1)</script>")
    shot(browser, "join")
    who = wait_for(lambda: browser.find_element(By.ID, "who").text)
    assert "Zoé <script>alert(1)</script>" in who  # shown as text, not run
    assert browser.execute_script("return document.scripts.length") == 1
    width = browser.execute_script("return document.documentElement.scrollWidth")
    assert width <= 360  # nothing wider than the phone
    draw_a_one(browser)
    answer = wait_for(lambda: "says 3" in (t := browser.find_element(By.ID, "answer").text) and t)
    assert "82 %" in answer
    browser.find_element(By.CSS_SELECTOR, "#labels button[data-digit='1']").click()
    shot(browser, "drawn")
    send = browser.find_element(By.ID, "send")
    browser.execute_script("arguments[0].scrollIntoView()", send)
    sent_at = time.monotonic()
    send.click()
    items = wait_for(lambda: loop.call(hub_.store.items))
    arrived = time.monotonic() - sent_at
    assert [(i["label"], i["status"]) for i in items] == [(1, "pending")]
    note = wait_for(lambda: browser.find_element(By.ID, "sendNote").text)
    assert "Sent: a 1" in note
    shot(browser, "sent")
    print(f"phone send → class dataset: {arrived * 1000:.0f} ms")
    # the hub goes away: the page says so
    loop.call(server.stop)
    server._runner = None
    banner = wait_for(lambda: browser.find_element(By.ID, "hubGone").text)
    assert "hub is gone" in banner
    shot(browser, "hub-gone")


def test_a_wrong_code_is_refused_with_the_reason(hub, browser):
    from selenium.webdriver.common.by import By

    hub_, server, loop = hub
    join(browser, server, "WRONG99", "Ada")
    note = browser.find_element(By.ID, "joinNote")
    wait_for(lambda: "Joining" not in note.text and note.text)
    assert "wrong class code" in note.text
    assert browser.find_element(By.ID, "draw").get_attribute("hidden") is not None
    assert loop.call(hub_.store.students) == []
    shot(browser, "wrong-code")
