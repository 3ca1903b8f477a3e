"""PDF files for the input tests, made with pypdf: plain, or carrying an author's name in
its metadata and a script that runs on opening."""

from __future__ import annotations

import io

from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)


def plain_pdf(pages: int = 1) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    writer.metadata = None
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def hostile_pdf(author: str = "Jane Canary-Author") -> bytes:
    """A PDF whose Info names ``author``, whose XMP says it again, and which runs a script
    when opened (and has a page action and a link that runs one too)."""
    writer = PdfWriter()
    page = writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": author, "/Creator": f"{author}'s laptop"})
    writer.xmp_metadata = (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>'
        f'{author}</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()
    script = DictionaryObject({NameObject("/S"): NameObject("/JavaScript"),
                               NameObject("/JS"): TextStringObject("app.alert('hostile');")})
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(script)
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): writer._add_object(
        DictionaryObject(script))})
    # Two links on the page: one runs a script (dropped), one opens a web page (kept).
    def link(action: DictionaryObject):
        return writer._add_object(DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"), NameObject("/Subtype"): NameObject("/Link"),
            NameObject("/Rect"): ArrayObject([NumberObject(0), NumberObject(0), NumberObject(50),
                                              NumberObject(50)]),
            NameObject("/A"): action}))
    web = DictionaryObject({NameObject("/S"): NameObject("/URI"),
                            NameObject("/URI"): TextStringObject("https://example.org/kept")})
    page[NameObject("/Annots")] = ArrayObject([link(DictionaryObject(script)), link(web)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
