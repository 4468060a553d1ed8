"""Qt's side of translation: the translators for examdesk's own strings and for Qt's standard dialogs.

examdesk's ``.qm`` files are package data in ``examdesk/resources/i18n``; Qt's own ``qtbase_{lang}.qm``
comes from the Qt installation. Installing or removing a translator makes Qt send
``QEvent.LanguageChange`` to every widget, which then calls its ``retranslate()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from examdesk import i18n
from examdesk.resources import I18N

_installed: list[QTranslator] = []


@dataclass
class LoadedTranslators:
    """The translators loaded for one language, and what could not be loaded."""

    language: str
    translators: list[QTranslator] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def examdesk_qm(language: str) -> Path:
    """The compiled translations of examdesk's own strings for ``language``."""
    return I18N / f"examdesk_{language}.qm"


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def load(language: str) -> LoadedTranslators:
    """Load (without installing) examdesk's and Qt's translators for ``language``.

    English is the source language, so Qt's own English file is optional; examdesk's is always required.
    """
    loaded = LoadedTranslators(language)
    own = QTranslator()
    path = examdesk_qm(language)
    if own.load(str(path)):
        loaded.translators.append(own)
    else:
        loaded.problems.append(f"cannot load {path.name} from {path.parent}")
    qt = QTranslator()
    qt_file = qt_translations_dir() / f"qtbase_{language}.qm"
    if qt.load(str(qt_file)):
        loaded.translators.append(qt)
    elif language != "en":
        loaded.problems.append(f"cannot load {qt_file.name} from {qt_file.parent}")
    return loaded


class PseudoTranslator(QTranslator):
    """Every string from the English source, accented and about 40 % longer (see ``i18n.pseudo``)."""

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if context == "QShortcut":  # key names (Ctrl, Shift) stay as they are in every real translation
            return source_text
        return i18n.pseudo(source_text)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install(language: str) -> LoadedTranslators:
    """Replace the installed translators by those for ``language`` (also sets ``i18n``'s language).

    With pseudo-translation switched on (``i18n.set_pseudo``) the pseudo translator replaces them all,
    whatever the language; numbers and dates keep the language's conventions.
    """
    language = i18n.normalise_language(language) or i18n.DEFAULT_LANGUAGE
    i18n.set_language(language)
    loaded = LoadedTranslators(language, [PseudoTranslator()]) if i18n.pseudo_enabled() else load(language)
    remove_all()
    for translator in loaded.translators:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    return loaded


def remove_all() -> None:
    """Remove examdesk's translators: every string falls back to the English source."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
