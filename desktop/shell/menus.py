"""The main window's menus: every action a student needs, each with a keyboard shortcut or a
mnemonic, every text translatable (context "Menus")."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from desktop.i18n.languages import LANGUAGES
from desktop.shell.workspaces import titles
from netcore.network.spec import load as load_spec
from netcore.resources import preset_paths

translate = QCoreApplication.translate


def add_action(window, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        if isinstance(shortcut, (list, tuple)):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        else:
            action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action


def _top_menu(window, text: str, name: str):
    menu = window.menuBar().addMenu(text)
    menu.setObjectName(name)
    return menu


def build_menus(window) -> None:
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _training_menu(window)
    _window_menu(window)
    help_menu = _top_menu(window, translate("Menus", "&Help"), "helpMenu")
    add_action(
        window,
        help_menu,
        translate("Menus", "&About LayerLab"),
        window.show_about,
        name="actionAbout",
    )


def _file_menu(window) -> None:
    keys, files, ex = QKeySequence.StandardKey, window.files, window.exports
    menu = _top_menu(window, translate("Menus", "&File"), "fileMenu")
    add_action(window, menu, translate("Menus", "&New"), files.new_empty, keys.New, "actionNew")
    templates = menu.addMenu(translate("Menus", "New from &template"))
    templates.setObjectName("templatesMenu")
    for name, path in preset_paths().items():
        title = load_spec(path).name or name
        slot = partial(files.new_from_template, name)
        add_action(window, templates, translate("Presets", title), slot, name=f"template_{name}")
    add_action(
        window, menu, translate("Menus", "&Open…"), files.open_chosen, keys.Open, "actionOpen"
    )
    add_action(
        window,
        menu,
        translate("Menus", "Load &weights into this network…"),
        ex.import_weights,
        name="actionLoadWeights",
    )
    window.recent_menu = menu.addMenu(translate("Menus", "Open &recent"))
    window.recent_menu.setObjectName("recentMenu")
    window._fill_recent_menu()
    menu.addSeparator()
    add_action(window, menu, translate("Menus", "&Save"), files.save, keys.Save, "actionSave")
    add_action(
        window, menu, translate("Menus", "Save &as…"), files.save_as, keys.SaveAs, "actionSaveAs"
    )
    export = menu.addMenu(translate("Menus", "&Export"))
    export.setObjectName("exportMenu")
    for text, slot, key, name in (
        (
            translate("Menus", "Network summary (text)…"),
            ex.export_summary,
            None,
            "actionExportSummary",
        ),
        (
            translate("Menus", "Canvas picture (PNG)…"),
            ex.export_picture,
            None,
            "actionExportPicture",
        ),
        (
            translate("Menus", "Network diagram, whole (SVG or PNG)…"),
            ex.export_diagram,
            None,
            "actionExportDiagram",
        ),
        (
            translate("Menus", "Figure under the mouse (SVG or PNG)…"),
            ex.save_figure_under_mouse,
            "Ctrl+Alt+S",
            "actionSaveFigure",
        ),
    ):
        add_action(window, export, text, slot, key, name)
    export.addSeparator()
    add_action(
        window,
        export,
        translate("Menus", "Model with its weights (.keras)…"),
        ex.export_model,
        name="actionExportModel",
    )
    add_action(
        window,
        export,
        translate("Menus", "Weights only (.weights.h5)…"),
        ex.export_weights,
        name="actionExportWeights",
    )
    for text, strategy in (
        (translate("Menus", "Keras script (one device)…"), "none"),
        (translate("Menus", "Keras script for several GPUs (MirroredStrategy)…"), "mirrored"),
        (
            translate("Menus", "Keras script for several computers (MultiWorkerMirroredStrategy)…"),
            "multiworker",
        ),
    ):
        add_action(
            window,
            export,
            text,
            partial(ex.export_script, strategy),
            name=f"actionExportScript_{strategy}",
        )
    menu.addSeparator()
    add_action(window, menu, translate("Menus", "&Quit"), window.close, keys.Quit, "actionQuit")


def _edit_menu(window) -> None:
    keys, actions = QKeySequence.StandardKey, window.edit_actions
    menu = _top_menu(window, translate("Menus", "&Edit"), "editMenu")
    stack = window.document.undo_stack
    window.undo_action = stack.createUndoAction(window, translate("Menus", "&Undo"))
    window.undo_action.setShortcut(keys.Undo)
    window.redo_action = stack.createRedoAction(window, translate("Menus", "&Redo"))
    window.redo_action.setShortcuts([QKeySequence(keys.Redo), QKeySequence("Ctrl+Y")])
    menu.addAction(window.undo_action)
    menu.addAction(window.redo_action)
    menu.addSeparator()
    add_action(
        window,
        menu,
        translate("Menus", "&Delete"),
        actions.delete_selection,
        keys.Delete,
        "actionDelete",
    )
    add_action(
        window,
        menu,
        translate("Menus", "D&uplicate"),
        actions.duplicate_selection,
        "Ctrl+D",
        "actionDuplicate",
    )
    add_action(
        window,
        menu,
        translate("Menus", "Select &all"),
        actions.select_all,
        keys.SelectAll,
        "actionSelectAll",
    )
    add_action(
        window,
        menu,
        translate("Menus", "Copy &figure"),
        window.exports.copy_figure_under_mouse,
        "Ctrl+Shift+C",
        "actionCopyFigure",
    )
    menu.addSeparator()
    add_action(
        window,
        menu,
        translate("Menus", "&Find a layer to add…"),
        window.focus_palette_search,
        "Ctrl+K",
        "actionFindLayer",
    )
    add_action(
        window,
        menu,
        translate("Menus", "Insert ma&xout unit"),
        actions.add_maxout_after_selection,
        name="actionMaxout",
    )


def _view_menu(window) -> None:
    inside, canvas, look = window.inside, window.canvas, window.appearance
    menu = _top_menu(window, translate("Menus", "&View"), "viewMenu")
    window.presentation_action = add_action(
        window,
        menu,
        translate("Menus", "&Presentation mode"),
        look.set_presentation,
        "F11",
        "actionPresentation",
    )
    window.presentation_action.setCheckable(True)
    add_action(
        window,
        menu,
        translate("Menus", "&Larger text"),
        look.zoom_in,
        ["Ctrl++", "Ctrl+="],
        "actionUiZoomIn",
    )
    add_action(
        window,
        menu,
        translate("Menus", "S&maller text"),
        look.zoom_out,
        "Ctrl+-",
        "actionUiZoomOut",
    )
    add_action(
        window,
        menu,
        translate("Menus", "Normal text si&ze"),
        look.zoom_reset,
        "Ctrl+Alt+0",
        "actionUiZoomReset",
    )
    theme = menu.addMenu(translate("Menus", "&Theme"))
    theme.setObjectName("themeMenu")
    group = QActionGroup(window)
    for key, text in (
        ("system", translate("Menus", "Follow the system")),
        ("light", translate("Menus", "Light")),
        ("dark", translate("Menus", "Dark")),
    ):
        action = add_action(window, theme, text, partial(look.set_theme, key), name=f"theme_{key}")
        action.setCheckable(True)
        action.setChecked(look.theme == key)
        group.addAction(action)
    colour_blind = add_action(
        window,
        menu,
        translate("Menus", "Colour-&blind-safe colours"),
        look.set_colour_blind,
        name="actionColourBlind",
    )
    colour_blind.setCheckable(True)
    colour_blind.setChecked(look.colour_blind)
    languages = menu.addMenu(translate("Menus", "Lan&guage"))
    languages.setObjectName("languageMenu")
    group = QActionGroup(window)
    for code, native in (("", translate("Menus", "Follow the system")), *LANGUAGES.items()):
        action = add_action(
            window,
            languages,
            native,
            partial(window.choose_language, code),
            name=f"language_{code or 'system'}",
        )
        action.setCheckable(True)
        action.setChecked(window.language_choice == code)
        group.addAction(action)
    menu.addSeparator()
    add_action(
        window, menu, translate("Menus", "Zoom the network &in"), canvas.zoom_in, "Ctrl+Alt+="
    )
    add_action(
        window, menu, translate("Menus", "Zoom the network &out"), canvas.zoom_out, "Ctrl+Alt+-"
    )
    add_action(
        window,
        menu,
        translate("Menus", "&Fit the network to the view"),
        canvas.fit_to_view,
        "Ctrl+0",
    )
    add_action(
        window, menu, translate("Menus", "&Tidy layout"), window.edit_actions.tidy_layout, "Ctrl+L"
    )
    shapes = add_action(
        window,
        menu,
        translate("Menus", "Show shapes on &edges"),
        window.edit_actions.show_edge_shapes,
    )
    shapes.setCheckable(True)
    shapes.setChecked(True)
    menu.addSeparator()
    views = menu.addMenu(translate("Menus", "Inside the &network"))
    views.setObjectName("insideMenu")
    for text, widget, key in (
        (translate("Menus", "&Filters"), inside.filters, "Ctrl+1"),
        (translate("Menus", "Feature &maps"), inside.feature_maps, "Ctrl+2"),
        (translate("Menus", "&Why this answer"), inside.saliency, "Ctrl+Shift+W"),
        (translate("Menus", "What it &sees (embedding)"), inside.embedding, "Ctrl+Shift+E"),
        (translate("Menus", "What a &unit wants"), inside.maximization, "Ctrl+Shift+U"),
        (translate("Menus", "&Decision boundary"), inside.boundary, "Ctrl+3"),
        (translate("Menus", "&Weights by hand"), inside.weights, "Ctrl+4"),
        (translate("Menus", "Computational &graph"), inside.graph_calculator, "Ctrl+6"),
        (translate("Menus", "&Backprop by hand"), inside.backprop, "Ctrl+7"),
        (translate("Menus", "&Perceptron rule"), inside.perceptron, "Ctrl+8"),
        (translate("Menus", "Gradients while &training"), inside.gradients, "Ctrl+9"),
        (translate("Menus", "&Activations"), inside.activations, "Ctrl+Shift+A"),
        (translate("Menus", "Fitted &curve"), inside.curve_fit, "Ctrl+Shift+F"),
        (translate("Menus", "Se&quences"), inside.sequences, "Ctrl+Shift+R"),
    ):
        add_action(window, views, text, partial(window.show_inside, widget), key)
    add_action(
        window, menu, translate("Menus", "&Draw a digit"), window.show_draw, "Ctrl+5", "actionDraw"
    )
    add_action(
        window,
        menu,
        translate("Menus", "Convolution &sandbox"),
        window.show_sandbox,
        "Ctrl+Shift+K",
        "actionSandbox",
    )
    add_action(
        window,
        menu,
        translate("Menus", "E&xperiment board"),
        window.show_board,
        "Ctrl+Shift+B",
        "actionExperimentBoard",
    )
    add_action(
        window,
        menu,
        translate("Menus", "&Lessons"),
        window.show_lessons,
        "Ctrl+Shift+L",
        "actionLessons",
    )


def _training_menu(window) -> None:
    controls = window.training.controls
    menu = _top_menu(window, translate("Menus", "&Training"), "trainingMenu")
    for text, signal, key, name in (
        (translate("Menus", "&Start"), controls.start_clicked, "F5", "actionStart"),
        (translate("Menus", "&Pause or go on"), controls.pause_clicked, "F6", "actionPause"),
        (translate("Menus", "S&tep"), controls.step_clicked, "F10", "actionStep"),
        (translate("Menus", "St&op"), controls.stop_clicked, "Shift+F5", "actionStop"),
    ):
        add_action(window, menu, text, partial(window.run_training_command, signal), key, name)


def _window_menu(window) -> None:
    menu = _top_menu(window, translate("Menus", "&Window"), "windowMenu")
    group = QActionGroup(window)
    for index, (name, title) in enumerate(titles().items()):
        action = add_action(
            window,
            menu,
            translate("Menus", "{title} workspace").format(title=title),
            partial(window.workspaces.switch, name),
            f"Alt+{index + 1}",
            f"workspace_{name}",
        )
        action.setCheckable(True)
        group.addAction(action)
    window.workspaces.changed.connect(
        lambda current: window.findChild(QAction, f"workspace_{current}").setChecked(True)
    )
    menu.addSeparator()
    for dock in (window.palette_dock, window.properties_dock, window.problems_dock):
        menu.addAction(dock.toggleViewAction())
    menu.addSeparator()
    add_action(
        window,
        menu,
        translate("Menus", "&Reset layout"),
        window.workspaces.reset_layout,
        name="actionResetLayout",
    )
