//! Fixtures for tests, written in code (no binary files in the repository): small PDFs by
//! hand, and PNG headers that claim any size.

/// A PDF whose pages have the given box (points) and content stream, with a correct xref.
pub fn pdf(pages: &[(f32, f32, &str)]) -> Vec<u8> {
    pdf_with_objects(pages, &[])
}

/// Like [`pdf`], with extra objects numbered from `3 + 2 × pages` (e.g. form XObjects the
/// pages' resources name as `/X0`, `/X1`, …: every page gets `/XObject << /Xi i+first 0 R >>`).
pub fn pdf_with_objects(pages: &[(f32, f32, &str)], extra: &[String]) -> Vec<u8> {
    let n = pages.len();
    let first_extra = 3 + 2 * n;
    let mut objects: Vec<String> = Vec::new();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 3 + 2 * i)).collect();
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")));
    let xobjects: Vec<String> = (0..extra.len()).map(|i| format!("/X{i} {} 0 R", first_extra + i)).collect();
    for (i, (w, h, content)) in pages.iter().enumerate() {
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {w} {h}] /Contents {} 0 R \
             /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> \
             /XObject << {} >> >> >>",
            4 + 2 * i,
            xobjects.join(" ")
        ));
        objects.push(format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()));
    }
    objects.extend(extra.iter().cloned());
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes(),
    );
    out
}

/// A form XObject drawing `content` (for nesting bombs: `/X1 Do /X1 Do`).
pub fn form(content: &str, resources: &str) -> String {
    format!(
        "<< /Type /XObject /Subtype /Form /BBox [0 0 100 100] /Resources << {resources} >> /Length {} >>\nstream\n{content}\nendstream",
        content.len()
    )
}

/// A PDF bomb: `depth` form XObjects, each drawing the next one `fan_out` times in the same
/// place (nothing to cull), the last a filled rectangle: fan_out^depth rectangles from a file
/// of a few kilobytes.
pub fn nested_bomb(depth: usize, fan_out: usize) -> Vec<u8> {
    let first = 5; // one page: objects 3 and 4, extras from 5
    let forms: Vec<String> = (0..depth)
        .map(|i| {
            if i + 1 == depth {
                form("0 0 10 10 re f", "")
            } else {
                let draws = "/N Do ".repeat(fan_out);
                form(&format!("q {draws}Q"), &format!("/XObject << /N {} 0 R >>", first + i + 1))
            }
        })
        .collect();
    pdf_with_objects(&[(960.0, 540.0, "/X0 Do")], &forms)
}

/// A valid PNG header (signature, IHDR with its CRC, an empty IDAT) claiming `width`×`height` RGB pixels,
/// followed by nothing: enough for any decoder to read the size.
pub fn png_header(width: u32, height: u32) -> Vec<u8> {
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend_from_slice(&width.to_be_bytes());
    ihdr.extend_from_slice(&height.to_be_bytes());
    ihdr.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&ihdr);
    out.extend_from_slice(&crc32(&ihdr).to_be_bytes());
    // The start of the pixel data (an empty IDAT): decoders read the header up to here.
    out.extend_from_slice(&0u32.to_be_bytes());
    out.extend_from_slice(b"IDAT");
    out.extend_from_slice(&crc32(b"IDAT").to_be_bytes());
    out
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}
