"""Command line entry point: ``desktop-nn`` and ``python -m desktop_nn``.

    desktop-nn                         the main window (Iris setosa/versicolor, the perceptron)
    desktop-nn --self-test [--screenshot PATH]
                                       start the real window, train the default network through
                                       the worker, check the cost fell and text renders with a
                                       real font; print one JSON line; exit 0 if all is well
    desktop-nn --version
    desktop-nn --lecture [SCENE_ID]    the chapter as full-screen live scenes
    desktop-nn --lang zh_TW            the interface in Traditional Chinese (else the saved
                                       setting, else the system's language; English otherwise)
    desktop-nn FILE.dnn                open a project (a bad file: a message, the app still opens)

``create_main_window()`` builds the window without running the event loop (tests use it).
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import sys
import time
import traceback
import weakref

from desktop_nn import __version__

_IMPORTED_AT = time.time()
log = logging.getLogger("desktop_nn")
SELF_TEST_EPOCHS = 300
SELF_TEST_TIMEOUT_S = 120.0


def _say(text: str) -> str:
    """A self-test message in the language installed (``--lang``): the JSON's keys stay English,
    its "reason" is for the person reading it. ``text`` is marked for pyside6-lupdate where it is
    written, with ``QT_TRANSLATE_NOOP("SelfTest", …)``."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SelfTest", text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="desktop-nn",
        description="Neural networks from the perceptron to deep networks, live and step by step.",
    )
    parser.add_argument("--version", action="version", version=f"desktop-nn {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="start the window, train the default network, check it, print JSON, exit")
    parser.add_argument("--screenshot", metavar="PATH", help="with --self-test: save the window as PNG")
    parser.add_argument("--lecture", nargs="?", const="", metavar="SCENE_ID",
                        help="present the chapter full screen, from the first scene or SCENE_ID")
    parser.add_argument("--lang", metavar="LANG",
                        help="user-interface language: en or zh_TW (default: the saved setting, else the system's)")
    parser.add_argument("file", nargs="?", help="a project file (.dnn) to open")
    return parser


def _application():
    from PySide6.QtWidgets import QApplication

    from desktop_nn.ui.kit import palette

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "desktop-nn"])
    if not app.property("desktop_nn_themed"):
        app.setApplicationName("desktop_nn")
        app.setApplicationVersion(__version__)
        palette.apply_theme(app)
        app.setProperty("desktop_nn_themed", True)
    return app


def create_main_window(config=None, **kwargs):
    """The real main window, not shown, with its worker thread running (kwargs: see MainWindow)."""
    _application()
    from desktop_nn.ui.workbench.main_window import MainWindow

    return MainWindow(config, **kwargs)


def install_excepthook(window) -> None:
    """Unexpected errors are logged and shown above the workbench, never as a crash dialog."""
    ref = weakref.ref(window)
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        w = ref()
        if w is not None and hasattr(w, "say"):
            try:
                w.say(f"Internal error: {exc_type.__name__}: {exc} — the details are in the log.")
            except RuntimeError:
                pass   # the window is already gone

    sys.excepthook = hook


def _needs_offscreen() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    # a frozen build (PyInstaller) starts the training process's helpers by running this same
    # executable with multiprocessing's own arguments: hand those over before parsing ours
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s")
    if args.screenshot and not args.self_test:
        print("desktop-nn: --screenshot needs --self-test", file=sys.stderr)
        return 2
    if _needs_offscreen():
        if not args.self_test:
            print("desktop-nn: no display found (DISPLAY is not set). "
                  "Run it on a desktop, or set QT_QPA_PLATFORM=offscreen for --self-test.", file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.self_test:
        return self_test(args.screenshot, lang=args.lang)

    app = _application()
    setup_language(app, args.lang)
    if args.lecture is not None:
        from desktop_nn.ui.lecture import create_presenter

        presenter = create_presenter(args.lecture or None)
        install_excepthook(presenter)
        presenter.showFullScreen()
        return app.exec()
    window = start_window(args.file)
    app.aboutToQuit.connect(window.controller.shutdown)
    return app.exec()


def setup_language(app, lang: str | None) -> str:
    """Install the translators before any window is built: ``--lang``, else the saved setting,
    else the system's language. An unknown or missing language falls back to English with a note."""
    from desktop_nn import i18n

    wanted = lang or i18n.saved_language()
    if lang and i18n.normalize(lang) == "en" and not lang.lower().startswith("en"):
        print(f"desktop-nn: no {lang!r} translation; the languages are {', '.join(i18n.LANGUAGES)}. "
              "Using English.", file=sys.stderr)
    try:
        return i18n.install_translator(app, wanted)
    except FileNotFoundError as exc:
        print(f"desktop-nn: {exc} Using English.", file=sys.stderr)
        return "en"


def start_window(path: str | None = None, **kwargs):
    """Build and show the main window; then (after the recovery offer) open ``path`` if given.

    A project that cannot be opened is refused with a message; the window stays open."""
    from PySide6.QtCore import QTimer

    window = create_main_window(**kwargs)
    install_excepthook(window)
    screen = window.screen().availableGeometry()
    if screen.width() < window.width() or screen.height() < window.height():
        # a laptop or projector smaller than the default window: fill it (also without a
        # window manager, which is what maximising asks for)
        window.setGeometry(screen)
        window.showMaximized()
    else:
        window.show()
    if path:
        # queued after the window's own recovery offer (posted by show())
        QTimer.singleShot(0, lambda: window.projects.open_file(path))
    return window


def _font_family() -> str:
    """The family Qt really draws the default font with; "" when there is no usable font.

    With no font at all Qt still lists family names but draws every character as an empty box;
    QRawFont's family is then empty. QFontInfo is asked first because QRawFont.fromFont crashes
    when fontconfig finds no font file.
    """
    from PySide6.QtGui import QFont, QFontInfo, QRawFont

    if not QFontInfo(QFont()).family():
        return ""
    return QRawFont.fromFont(QFont()).familyName()


def _script_font_problem(language: str) -> str:
    """"" when some installed font can draw the interface language's script, else the reason."""
    if not language.startswith("zh"):
        return ""
    from PySide6.QtGui import QFontDatabase

    if QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese):
        return ""
    return _say(QT_TRANSLATE_NOOP("SelfTest", "no installed font can draw Traditional Chinese: the zh_TW interface would "
                                              "show empty boxes (install a CJK font, e.g. Debian's fonts-noto-cjk)"))


def _lecture_check(wait) -> str:
    """Open the lecture at the perceptron-rule scene; "" when it shows the chapter's weights."""
    from PySide6.QtWidgets import QLabel

    from desktop_nn.ui.lecture import create_presenter

    presenter = create_presenter("perceptron-rule")
    try:
        presenter.show()
        scene = presenter.current_scene()
        if scene is None or not wait(scene.has_content, 30):
            return _say(QT_TRANSLATE_NOOP("SelfTest", "lecture mode did not show the perceptron-rule scene"))
        label = scene.findChild(QLabel, "weightsLabel")
        shown = label.text().replace("\u00a0", " ").replace("&nbsp;", " ") if label is not None else ""   # (formulas keep together)
        if shown.replace("\u2212", "-") != "w = [-0.4, -0.68, 1.82]":   # the lecture typesets a true minus
            return _say(QT_TRANSLATE_NOOP("SelfTest", "the lecture's perceptron shows {}, not the chapter's "
                                                      "w = [-0.4, -0.68, 1.82]")).format(repr(shown))
        return ""
    finally:
        presenter.close()


def _json_line(result: dict) -> str:
    """The self-test's JSON: its messages readable in their language where the terminal can show
    them (a console that cannot, e.g. a Windows code page, gets \\u escapes — the same JSON)."""
    text = json.dumps(result, ensure_ascii=False)
    try:
        text.encode(sys.stdout.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return json.dumps(result)
    return text


def self_test(screenshot: str | None = None, lang: str | None = None) -> int:
    """Train the default network for SELF_TEST_EPOCHS epochs through the worker; print JSON."""
    t0 = time.perf_counter()
    result: dict = {"ok": False, "version": __version__}

    def finish(code: int) -> int:
        result["seconds"] = round(time.perf_counter() - t0, 3)
        print(_json_line(result), flush=True)
        return code

    try:
        app = _application()
        result["language"] = setup_language(app, lang) if lang else "en"
        from PySide6.QtCore import QEventLoop, QTimer

        from desktop_nn.ui.projects.project_controller import private_session

        # settings and autosave folder of its own, and no modal dialog: the user's files (a
        # crashed session's autosave) are never touched, and nothing waits for an answer
        window = create_main_window(**private_session())
        install_excepthook(window)
        window.show()
        app.processEvents()          # the first paint
        result["shown_at"] = time.time()
        result["startup_seconds"] = round(time.time() - _IMPORTED_AT, 3)
        family = _font_family()
        result["font"] = family
        if not family:
            result["reason"] = _say(QT_TRANSLATE_NOOP("SelfTest", "no usable font: Qt would draw every character as an "
                                                                  "empty box"))
            finish(1)
            # Qt's teardown crashes without any font file; the verdict is printed: leave now
            os._exit(1)
        problem = _script_font_problem(result["language"])
        if problem:
            result["reason"] = problem
            window.close()
            return finish(1)

        def wait(predicate, timeout_s: float) -> bool:
            loop = QEventLoop()
            deadline = time.perf_counter() + timeout_s
            timer = QTimer()
            timer.setInterval(20)
            timer.timeout.connect(lambda: (predicate() or time.perf_counter() > deadline) and loop.quit())
            timer.start()
            if not predicate():
                loop.exec()
            timer.stop()
            return predicate()

        window.editor.set_model("network")
        window.hyperparameters.epochLimit.setValue(SELF_TEST_EPOCHS)
        controller = window.controller
        built = wait(lambda: controller.latest is not None and controller.latest.model == "network"
                     and controller.config.max_epochs == SELF_TEST_EPOCHS, 30)
        if not built:
            result["reason"] = _say(QT_TRANSLATE_NOOP("SelfTest", "the worker did not build the default network"))
            window.close()
            return finish(1)
        window.playAction.trigger()
        done = wait(lambda: controller.latest is not None and controller.latest.epoch >= SELF_TEST_EPOCHS
                    and not controller.latest.running, SELF_TEST_TIMEOUT_S)
        costs = window.cost_plot.train_costs
        result["epochs"] = int(controller.latest.epoch)
        if len(costs):
            result["initial_cost"] = float(costs[0])
            result["final_cost"] = float(costs[-1])
        if screenshot:
            app.processEvents()
            window.repaint()
            if not window.grab().save(screenshot):
                result["reason"] = _say(QT_TRANSLATE_NOOP("SelfTest", "could not save the screenshot to {}")).format(
                    screenshot)
                window.close()
                return finish(1)
            result["screenshot"] = screenshot
        window.close()
        if not done:
            result["reason"] = _say(QT_TRANSLATE_NOOP("SelfTest", "training did not reach {} epochs in {} s")).format(
                SELF_TEST_EPOCHS, f"{SELF_TEST_TIMEOUT_S:.0f}")
            return finish(1)
        if not (len(costs) >= 2 and costs[-1] < costs[0]):
            result["reason"] = _say(QT_TRANSLATE_NOOP("SelfTest", "the cost did not fall"))
            return finish(1)
        problem = _lecture_check(wait)
        result["lecture"] = not problem
        if problem:
            result["reason"] = problem
            return finish(1)
        result["ok"] = True
        result["message"] = _say(QT_TRANSLATE_NOOP(
            "SelfTest", "all is well: {} epochs trained, the cost fell from {} to {}, lecture mode opens")).format(
                result["epochs"], f"{result['initial_cost']:.4g}", f"{result['final_cost']:.4g}")
        return finish(0)
    except Exception as exc:  # noqa: BLE001 - the self-test reports every failure as JSON
        result["reason"] = f"{type(exc).__name__}: {exc}"
        log.exception("self-test failed")
        return finish(1)
