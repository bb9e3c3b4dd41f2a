// The class's phone page: join, draw a digit, send it to the class dataset, see what the
// teacher's network says. Everything from the hub or a classmate is shown as text
// (textContent), never as markup.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const store = window.localStorage;
  let ws = null;
  let token = store.getItem("layerlab.token") || "";
  let code = "";
  let name = "";
  let joined = false;
  let wanted = false;
  let failures = 0;
  let label = null;
  let inked = false;
  let predictTimer = null;

  function note(element, text, kind) {
    element.textContent = text;
    element.className = "note" + (kind ? " " + kind : "");
  }

  function gone(text) {
    const banner = $("hubGone");
    banner.textContent = text;
    banner.hidden = !text;
  }

  function show(part) {
    $("join").hidden = part !== "join";
    $("draw").hidden = part !== "draw";
  }

  function connect() {
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    let socket;
    try {
      socket = new WebSocket(scheme + location.host + "/ws");
    } catch (error) {
      return lost();
    }
    ws = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ v: 1, type: "join", code: code, name: name, token: token }));
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      if (message.type === "welcome") {
        token = String(message.token);
        store.setItem("layerlab.token", token);
        joined = true;
        failures = 0;
        gone("");
        $("className").textContent = String(message.class_name);
        $("who").textContent = "You are " + String(message.name) + " in the class.";
        show("draw");
      } else if (message.type === "refused") {
        wanted = false;
        token = "";
        store.removeItem("layerlab.token");
        joined = false;
        show("join");
        note($("joinNote"), String(message.reason), "bad");
        $("joinButton").disabled = false;
      } else if (message.type === "message") {
        const teacher = $("teacher");
        teacher.textContent = "From the teacher: " + String(message.text);
        teacher.hidden = false;
      }
    };
    socket.onclose = () => {
      if (ws === socket) {
        ws = null;
        lost();
      }
    };
  }

  function lost() {
    if (!wanted) {
      return;
    }
    failures += 1;
    if (!joined) {
      wanted = false;
      $("joinButton").disabled = false;
      note($("joinNote"), "The class hub cannot be reached. Is this phone on the school network?", "bad");
      return;
    }
    gone("The class hub is gone: the teacher's LayerLab stopped or the network is down. " +
      "Your drawing stays here; trying again…");
    const delay = Math.min(30000, 1000 * Math.pow(2, Math.min(failures, 5)));
    window.setTimeout(() => { if (wanted && ws === null) connect(); }, delay);
  }

  $("join").addEventListener("submit", (event) => {
    event.preventDefault();
    code = $("code").value.trim().toUpperCase();
    name = $("name").value.replace(/\s+/g, " ").trim();
    if (!code || !name) {
      note($("joinNote"), "Type the class code and your name.", "bad");
      return;
    }
    note($("joinNote"), "Joining…");
    $("joinButton").disabled = true;
    wanted = true;
    joined = false;
    failures = 0;
    token = "";
    connect();
  });

  // -- the paper ---------------------------------------------------------------------------
  const paper = $("paper");
  const pen = paper.getContext("2d");
  let drawing = false;

  function blank() {
    pen.fillStyle = "#fff";
    pen.fillRect(0, 0, paper.width, paper.height);
    inked = false;
    $("answer").textContent = "Draw a digit.";
    ready();
  }

  function at(event) {
    const box = paper.getBoundingClientRect();
    return [
      (event.clientX - box.left) * paper.width / box.width,
      (event.clientY - box.top) * paper.height / box.height,
    ];
  }

  paper.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    paper.setPointerCapture(event.pointerId);
    drawing = true;
    const [x, y] = at(event);
    pen.lineWidth = 20;
    pen.lineCap = "round";
    pen.lineJoin = "round";
    pen.strokeStyle = "#000";
    pen.beginPath();
    pen.moveTo(x, y);
    pen.lineTo(x + 0.1, y + 0.1);
    pen.stroke();
    inked = true;
  });
  paper.addEventListener("pointermove", (event) => {
    if (!drawing) return;
    event.preventDefault();
    const [x, y] = at(event);
    pen.lineTo(x, y);
    pen.stroke();
  });
  function lift() {
    if (!drawing) return;
    drawing = false;
    ready();
    window.clearTimeout(predictTimer);
    predictTimer = window.setTimeout(predict, 250);
  }
  paper.addEventListener("pointerup", lift);
  paper.addEventListener("pointercancel", lift);
  $("clear").addEventListener("click", blank);

  // -- the label ---------------------------------------------------------------------------
  for (let digit = 0; digit <= 9; digit += 1) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = String(digit);
    button.setAttribute("role", "radio");
    button.setAttribute("aria-checked", "false");
    button.dataset.digit = String(digit);
    button.addEventListener("click", () => {
      label = digit;
      for (const other of $("labels").children) {
        other.setAttribute("aria-checked", other === button ? "true" : "false");
      }
      ready();
    });
    $("labels").appendChild(button);
  }

  function ready() {
    $("send").disabled = !(inked && label !== null);
  }

  function png() {
    return new Promise((resolve) => paper.toBlob(resolve, "image/png"));
  }

  function handinId() {
    const bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  async function post(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { Authorization: "Bearer " + token, "Content-Type": "image/png" },
      body: body,
    });
    let answer = {};
    try {
      answer = await response.json();
    } catch (error) {
      answer = {};
    }
    return [response.status, answer];
  }

  $("send").addEventListener("click", async () => {
    if (!(inked && label !== null)) return;
    $("send").disabled = true;
    const chosen = label;
    try {
      const [status, answer] = await post(
        "/api/handin/drawing?id=" + handinId() + "&label=" + chosen, await png());
      if (status === 200) {
        note($("sendNote"), "Sent: a " + chosen + " for the class dataset. Draw another!", "good");
        blank();
      } else {
        note($("sendNote"), "Not sent: " + String(answer.error || status), "bad");
      }
    } catch (error) {
      note($("sendNote"), "Not sent: the class hub is gone. Try again when it is back.", "bad");
    }
    ready();
  });

  async function predict() {
    if (!inked || !token) return;
    try {
      const [status, answer] = await post("/api/phone/predict", await png());
      if (status === 200 && answer.digit !== null && answer.digit !== undefined) {
        const p = Math.round(100 * Number(answer.probabilities[answer.digit]));
        $("answer").textContent = "The teacher's network says " + answer.digit + " (" + p + " %)";
      } else {
        $("answer").textContent = String(answer.error || "");
      }
    } catch (error) {
      $("answer").textContent = "The class hub is gone.";
    }
  }

  blank();
  show("join");
})();
