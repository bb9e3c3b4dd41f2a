"""Figures for slides: the whole network diagram and any plot as PNG (at twice the size) and
SVG, without buttons, scrollbars or the minimap; Copy figure puts one on the clipboard."""

import xml.etree.ElementTree as ET

from PySide6.QtWidgets import QApplication

from desktop.widgets import figures


def test_the_whole_network_diagram_exports(window, dialogs, tmp_path, qtbot):
    window.files.new_from_template("googlenet")  # taller than the canvas: the minimap shows
    window.canvas.fit_to_view()
    assert window.canvas.minimap.isVisible()
    dialogs.scale_answer = 3.0
    for suffix in ("svg", "png"):
        dialogs.save_path_answer = tmp_path / f"net.{suffix}"
        window.findChild(type(window.undo_action), "actionExportDiagram").trigger()
    svg = ET.parse(tmp_path / "net.svg").getroot()
    assert svg.tag.endswith("svg")
    text = (tmp_path / "net.svg").read_text()
    assert "inc4c_concat" in text and "stem" in text  # the bottom and the top of the network
    from PIL import Image

    with Image.open(tmp_path / "net.png") as picture:
        width, height = picture.size
    rect = figures._scene_rect(window.canvas)
    assert (width, height) == (int(rect.width() * 3), int(rect.height() * 3))  # the chosen size
    assert height > 2 * window.canvas.viewport().height()  # the whole diagram, not the view


def test_a_plot_as_png_and_svg_and_copied(window, tmp_path):
    plot = window.training.plots.loss
    assert figures.figure_target(plot.viewport()) is plot
    figures.save_figure(plot, tmp_path / "loss.png", scale=2)
    figures.save_figure(plot, tmp_path / "loss.svg")
    from PIL import Image

    with Image.open(tmp_path / "loss.png") as picture:
        assert picture.size[0] == int(plot.width() * 2)
    root = ET.parse(tmp_path / "loss.svg").getroot()
    assert root.tag.endswith("svg") and "epoch" in (tmp_path / "loss.svg").read_text()
    figures.copy_figure(plot)
    assert not QApplication.clipboard().image().isNull()
