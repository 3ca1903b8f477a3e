"""PDF files for briefing inputs: checked by their bytes, and rewritten without what could
name their author or act on a reader's device.

A file is a PDF when its bytes begin with ``%PDF-`` (not its name, not the browser's
content type) and pypdf can read it; an encrypted one is refused (it cannot be cleaned).
The stored copy is rewritten with pypdf: the document information dictionary (Author,
Creator, Producer, dates), the XMP metadata streams of the document and of each page, and
the page-piece data are dropped, and so is everything that runs or launches something:
the open action, additional actions, document JavaScript, embedded files, and link
actions of the JavaScript, Launch, ImportData, SubmitForm and ResetForm kinds.
"""

from __future__ import annotations

import io
import re
import unicodedata

from flask_babel import gettext as _
from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import DictionaryObject, NameObject

MAGIC = b"%PDF-"
# What a page or the document may not keep: metadata, and what acts on its own.
_DOCUMENT_KEYS = ("/OpenAction", "/AA", "/Metadata", "/PieceInfo", "/URI", "/Threads")
_NAME_TREES = ("/JavaScript", "/EmbeddedFiles")
_PAGE_KEYS = ("/AA", "/Metadata", "/PieceInfo")
_ACTIVE_ACTIONS = {"/JavaScript", "/Launch", "/ImportData", "/SubmitForm", "/ResetForm",
                   "/Rendition", "/GoToE"}


class FileRefused(ValueError):
    """Why a file cannot be attached (a message for the facilitator)."""


def is_pdf(data: bytes) -> bool:
    return data.startswith(MAGIC)


def clean_pdf(data: bytes) -> bytes:
    """The PDF rewritten without metadata and active content; FileRefused if it is none."""
    if not data:
        raise FileRefused(_("The file is empty."))
    if not is_pdf(data):
        raise FileRefused(_("Only PDF files can be attached, and this file is not a PDF."))
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FileRefused(_("This PDF is encrypted or password-protected; attach a copy "
                                "without protection."))
        if len(reader.pages) == 0:
            raise FileRefused(_("This PDF has no pages."))
        writer = PdfWriter(clone_from=reader)
        _strip(writer)
        # What was dropped would otherwise still be written, merely unreferenced.
        writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
        out = io.BytesIO()
        writer.write(out)
    except FileRefused:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, OSError) as error:
        raise FileRefused(_("This PDF could not be read; it may be damaged.")) from error
    return out.getvalue()


def _strip(writer: PdfWriter) -> None:
    writer.metadata = None
    root = writer.root_object
    for key in _DOCUMENT_KEYS:
        if key in root:
            del root[key]
    names = root.get("/Names")
    if names is not None:
        names = names.get_object()
        for key in _NAME_TREES:
            if key in names:
                del names[key]
    for page in writer.pages:
        for key in _PAGE_KEYS:
            if key in page:
                del page[key]
        annotations = page.get("/Annots")
        if annotations is None:
            continue
        kept = [each for each in annotations.get_object()
                if not _active(each.get_object())]
        if kept:
            page[NameObject("/Annots")] = type(annotations.get_object())(kept)
        else:
            del page["/Annots"]


def _active(annotation) -> bool:
    """An annotation that runs or launches something (or plays a file)."""
    if not isinstance(annotation, DictionaryObject):
        return False
    if annotation.get("/Subtype") in ("/FileAttachment", "/Movie", "/Sound", "/Screen",
                                      "/RichMedia"):
        return True
    if "/AA" in annotation:
        return True
    action = annotation.get("/A")
    action = action.get_object() if action is not None else None
    return isinstance(action, DictionaryObject) and action.get("/S") in _ACTIVE_ACTIONS


def download_name(title: str) -> str:
    """A safe file name made from the input's title: ASCII letters, digits, - and _."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")[:80].strip("-")
    return f"{stem or 'input'}.pdf"
