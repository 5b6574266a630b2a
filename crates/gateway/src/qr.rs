//! QR codes as inline SVG: a ticket's check-in link and the stage's link to the room.
//!
//! `fast_qr` makes the code (error correction M, its best mask chosen by the standard's
//! penalty rules); the SVG is one path of runs of dark modules a row. A ticket page drew its
//! code with the `qrcode` crate in 0.58 ms, three quarters of the page's time; `fast_qr`
//! takes 0.07 ms (docs/benchmarks.md, `ticket-page`).

use fast_qr::{ECL, QRBuilder};

/// Light modules around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// `text` as a QR code: an SVG `size` px square; empty when `text` cannot be one (ours
/// always fit, and a page without its code still works).
pub fn svg(text: &str, size: u32) -> String {
    let Ok(code) = QRBuilder::new(text.as_bytes()).ecl(ECL::M).build() else {
        return String::new();
    };
    let n = code.size;
    let mut path = String::with_capacity(n * n);
    // Hundreds of numbers a code: written through `fmt` they took nearly a third of its time.
    let mut number = itoa::Buffer::new();
    for y in 0..n {
        let row = &code[y];
        let mut x = 0;
        while x < n {
            if !row[x].value() {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && row[x].value() {
                x += 1;
            }
            // "M{x} {y}h{width}v1h-{width}z"
            path.push('M');
            path.push_str(number.format(start + QUIET_ZONE));
            path.push(' ');
            path.push_str(number.format(y + QUIET_ZONE));
            let width = number.format(x - start);
            path.push('h');
            path.push_str(width);
            path.push_str("v1h-");
            path.push_str(width);
            path.push('z');
        }
    }
    let side = n + 2 * QUIET_ZONE;
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path d=\"{path}\" fill=\"#000\"/></svg>"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SVG's dark modules, read back from its path, as rows of booleans.
    fn modules(svg: &str) -> Vec<Vec<bool>> {
        let side: usize = svg.split("viewBox=\"0 0 ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
        let mut grid = vec![vec![false; side]; side];
        let path = svg.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
        for run in path.split('M').filter(|r| !r.is_empty()) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y, len): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), rest.split('v').next().unwrap().parse().unwrap());
            for cell in &mut grid[y][x..x + len] {
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn a_code_reads_back_as_its_text() {
        let text = "https://failnight.example/check-in/0123456789abcdefghijklmnopqrstuv";
        let svg = svg(text, 240);
        assert!(svg.starts_with("<svg") && svg.contains("width=\"240\""));
        let grid = modules(&svg);
        // An independent decoder reads what the path draws (4 px a module).
        let scale = 4;
        let side = grid.len() * scale;
        let mut image =
            rqrr::PreparedImage::prepare_from_greyscale(
                side,
                side,
                |x, y| {
                    if grid[y / scale][x / scale] { 0 } else { 255 }
                },
            );
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, text);
        // The quiet zone is light all round.
        assert!(grid[..QUIET_ZONE].iter().chain(&grid[grid.len() - QUIET_ZONE..]).all(|row| row.iter().all(|m| !m)));
    }
}
