"""Ready for signing: an empty signature field over the signatory block.

The field is written into the PDF's only revision while WeasyPrint
assembles it (a ``finisher``), not appended afterwards with pyHanko's
incremental writer: that writer stamps a fresh /ModDate and a random
document id, which would make every rendering of the same report version
differ and desynchronise the PDF/A metadata. The signer's tool (or pyHanko,
in the tests) then signs into this field as an incremental update, which
leaves the rendered pages untouched (DOMAIN.md, "Digital signing").
"""

from __future__ import annotations

from dataclasses import dataclass

import pydyf

FIELD_NAME = "ChuKySo"  # "chữ ký số": the signature field the signing tool fills
BOX_ID = "signature-box"
PX_TO_PT = 0.75  # CSS px (1/96 in) to PDF points (1/72 in)


@dataclass(frozen=True)
class FieldPlace:
    page_index: int
    rect: tuple[float, float, float, float]  # PDF user space, points, origin bottom-left


def find_signature_place(document, element_id: str = BOX_ID) -> FieldPlace | None:
    """Where the element ``element_id`` (the blank room of the signatory block) lands in a rendered document."""
    for index, page in enumerate(document.pages):
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            if element is None or element.get("id") != element_id or box.element_tag != "div":
                continue
            x, y = box.border_box_x(), box.border_box_y()
            width, height = box.border_width(), box.border_height()
            page_height = page.height
            # Widen to the whole signatory column: the image and seal may overlap its edges.
            rect = (
                round(x * PX_TO_PT, 2),
                round((page_height - y - height) * PX_TO_PT, 2),
                round((x + width) * PX_TO_PT, 2),
                round((page_height - y) * PX_TO_PT, 2),
            )
            return FieldPlace(index, rect)
    return None


def signature_field_finisher(place: FieldPlace | None, name: str = FIELD_NAME):
    """A WeasyPrint finisher adding an empty, printable signature field at ``place``."""

    def finish(document, pdf):
        _dedupe_associated_files(pdf)
        if place is None:
            return
        kids = pdf.pages["Kids"]
        page = pdf.objects[kids[3 * place.page_index]]
        x1, y1, x2, y2 = place.rect
        # PDF/A wants an appearance for every widget: an empty one, the signature draws its own.
        appearance = pydyf.Stream(
            [],
            {"Type": "/XObject", "Subtype": "/Form", "BBox": pydyf.Array([0, 0, round(x2 - x1, 2), round(y2 - y1, 2)])},
        )
        pdf.add_object(appearance)
        field = pydyf.Dictionary(
            {
                "Type": "/Annot",
                "Subtype": "/Widget",
                "FT": "/Sig",
                "T": pydyf.String(name),
                "Rect": pydyf.Array([x1, y1, x2, y2]),
                "F": 4,  # print
                "P": page.reference,
                "AP": pydyf.Dictionary({"N": appearance.reference}),
            }
        )
        pdf.add_object(field)
        page.setdefault("Annots", pydyf.Array()).append(field.reference)
        form = pdf.catalog.setdefault("AcroForm", pydyf.Dictionary({"Fields": pydyf.Array()}))
        form.setdefault("Fields", pydyf.Array()).append(field.reference)

    return finish


def _dedupe_associated_files(pdf) -> None:
    # WeasyPrint 70 lists each PDF/A-3 associated file twice in the catalog's /AF.
    if "AF" in pdf.catalog:
        unique = list(dict.fromkeys(pdf.catalog["AF"]))
        pdf.catalog["AF"] = pydyf.Array(unique)
