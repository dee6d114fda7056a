//! What a certificate has and the other documents do not: pictures (the
//! edition's logo) and a frame round the page.

use super::*;

const WP_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
const A_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const PIC_NS: &str = "http://schemas.openxmlformats.org/drawingml/2006/picture";

/// The relationship id of the document's `i`th picture; the fixed parts take
/// rId1 to rId5.
pub(super) fn image_rel(i: usize) -> String {
    format!("rId{}", 10 + i)
}

/// The package part of the `i`th picture, from `word/`.
pub(super) fn image_target(i: usize, ext: &str) -> String {
    format!("media/image{}.{ext}", i + 1)
}

impl Writer<'_> {
    /// A picture in the line of text, at its printed size. The drawing
    /// namespaces are declared on the picture itself, so documents without one
    /// stay as they were.
    pub(super) fn image(&mut self, x: &mut Xml, i: usize) {
        let Some(img) = self.doc.images.get(i) else {
            return;
        };
        let (cx, cy) = (img.width.to_string(), img.height.to_string());
        let id = (i + 1).to_string();
        let name = image_target(i, img.format.extension());
        let rel = image_rel(i);
        x.open("w:r", &[]);
        self.run_props(x, &Span::default());
        x.open("w:drawing", &[]);
        x.open(
            "wp:inline",
            &[
                ("xmlns:wp", WP_NS),
                ("distT", "0"),
                ("distB", "0"),
                ("distL", "0"),
                ("distR", "0"),
            ],
        );
        x.empty("wp:extent", &[("cx", &cx), ("cy", &cy)]);
        x.empty("wp:docPr", &[("id", &id), ("name", &name)]);
        x.open("wp:cNvGraphicFramePr", &[]);
        x.empty(
            "a:graphicFrameLocks",
            &[("xmlns:a", A_NS), ("noChangeAspect", "1")],
        );
        x.close("wp:cNvGraphicFramePr");
        x.open("a:graphic", &[("xmlns:a", A_NS)]);
        x.open("a:graphicData", &[("uri", PIC_NS)]);
        x.open("pic:pic", &[("xmlns:pic", PIC_NS)]);
        x.open("pic:nvPicPr", &[]);
        x.empty("pic:cNvPr", &[("id", &id), ("name", &name)]);
        x.empty("pic:cNvPicPr", &[]);
        x.close("pic:nvPicPr");
        x.open("pic:blipFill", &[]);
        x.empty("a:blip", &[("r:embed", &rel)]);
        x.open("a:stretch", &[]);
        x.empty("a:fillRect", &[]);
        x.close("a:stretch");
        x.close("pic:blipFill");
        x.open("pic:spPr", &[]);
        x.open("a:xfrm", &[]);
        x.empty("a:off", &[("x", "0"), ("y", "0")]);
        x.empty("a:ext", &[("cx", &cx), ("cy", &cy)]);
        x.close("a:xfrm");
        x.open("a:prstGeom", &[("prst", "rect")]);
        x.empty("a:avLst", &[]);
        x.close("a:prstGeom");
        x.close("pic:spPr");
        x.close("pic:pic");
        x.close("a:graphicData");
        x.close("a:graphic");
        x.close("wp:inline");
        x.close("w:drawing");
        x.close("w:r");
    }

    /// A double line round the page, measured from the page's edge so it sits
    /// in the margin whatever the text does.
    pub(super) fn page_border(&self, x: &mut Xml) {
        if !self.doc.page_border {
            return;
        }
        x.open(
            "w:pgBorders",
            &[("w:offsetFrom", "page"), ("w:display", "allPages")],
        );
        for side in ["w:top", "w:left", "w:bottom", "w:right"] {
            x.empty(
                side,
                &[
                    ("w:val", "double"),
                    ("w:sz", "18"),
                    ("w:space", "24"),
                    ("w:color", "1F3864"),
                ],
            );
        }
        x.close("w:pgBorders");
    }
}
