//! QR codes as inline SVG: a ticket's check-in link and the stage's link to the room.
//!
//! `qrcodegen` (Project Nayuki's reference implementation) encodes the text: error correction
//! M, raised to Q or H when the code's size allows it, for a phone held up in a dark bar.
//! Choosing the mask is done here. The standard asks for the one of eight masks whose penalty
//! (runs, 2×2 blocks, finder-like patterns, dark/light balance) is lowest; `qrcodegen` scores
//! each on a grid of booleans (170 µs a ticket's code), and `fast_qr` before it took 56 µs, a
//! quarter of a ticket page's time (docs/benchmarks.md, `ticket-page`). Here the code is held
//! as rows and columns of bits: a mask is one XOR a row and the penalties are counted with
//! shifts (the wide finder-like patterns only around runs of six dark modules): a ticket's
//! code with its SVG is some 385,000 instructions (callgrind), 161,000 of them `qrcodegen`'s
//! encoding (its Reed–Solomon code most). The choice, and so every module, is `qrcodegen`'s own
//! (tested against it). The SVG is one path: each row's runs of dark modules as strokes, some
//! 2.4 KB a ticket's code (filled rectangles took twice that).

use qrcodegen::{Mask, QrCode, QrCodeEcc, QrSegment, Version};

/// Light modules around the code, as the standard asks.
const QUIET_ZONE: usize = 4;

/// `text` as a QR code: an SVG `size` px square; empty when `text` cannot be one (ours
/// always fit, and a page without its code still works).
pub fn svg(text: &str, size: u32) -> String {
    let Some(code) = Code::encode(text) else {
        return String::new();
    };
    let n = code.size();
    let side = n + 2 * QUIET_ZONE;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path d=\""
    );
    // The path takes under two bytes a module (2.4 KB in all for a ticket's 37 × 37).
    svg.reserve(2 * n * n);
    // Each row's runs of dark modules as strokes one module wide along the row's middle: the
    // row's first from where it starts ("M{x} {y}.5h{length}"), each next one moved to from
    // the end of the last ("m{gap} 0h{length}"). Hundreds of numbers a code: written through
    // `fmt` they took nearly a third of its time.
    let mut number = itoa::Buffer::new();
    for y in 0..n {
        let mut end = None;
        code.runs(y, |start, length| {
            match end {
                None => {
                    svg.push('M');
                    svg.push_str(number.format(start + QUIET_ZONE));
                    svg.push(' ');
                    svg.push_str(number.format(y + QUIET_ZONE));
                    svg.push_str(".5h");
                }
                Some(end) => {
                    svg.push('m');
                    svg.push_str(number.format(start - end));
                    svg.push_str(" 0h");
                }
            }
            svg.push_str(number.format(length));
            end = Some(start + length);
        });
    }
    svg.push_str("\" stroke=\"#000\"/></svg>");
    svg
}

/// Bits of a row: codes up to version 11 (61 modules, some 250 bytes of text) are held as
/// bits; a larger one, for which nothing here asks, is left to `qrcodegen`'s own choice.
const MAX_BITS: usize = 64;

/// A QR code's modules.
enum Code {
    /// Bit `x` of row `y` is module (x, y), set when dark.
    Rows(Vec<u64>),
    Large(QrCode),
}

impl Code {
    fn encode(text: &str) -> Option<Code> {
        let segments = QrSegment::make_segments(text);
        let encode = |mask| {
            QrCode::encode_segments_advanced(&segments, QrCodeEcc::Medium, Version::MIN, Version::MAX, mask, true).ok()
        };
        // Mask 0 is undone below: encoding with a mask given skips `qrcodegen`'s scoring.
        let first = encode(Some(Mask::new(0)))?;
        let size = first.size() as usize;
        if size > MAX_BITS {
            return encode(None).map(Code::Large);
        }
        let data = data_modules(first.version().value(), size);
        // The modules as placed, before any mask: mask 0 undone on the data modules.
        let plain: Vec<u64> = (0..size)
            .map(|y| {
                let row = (0..size).fold(0u64, |row, x| row | u64::from(first.get_module(x as i32, y as i32)) << x);
                row ^ (data[y] & MASK_ROWS[0][y % 12])
            })
            .collect();
        let plain_columns = transpose(&plain);
        let ecl = format_ecl(first.error_correction_level());
        let (mut rows, mut columns) = (vec![0; size], vec![0; size]);
        let mut best = (i32::MAX, 0);
        for mask in 0..8 {
            apply(mask, ecl, &plain, &plain_columns, &data, &mut rows, &mut columns);
            let penalty = penalty(&rows, &columns);
            if penalty < best.0 {
                best = (penalty, mask);
            }
        }
        apply(best.1, ecl, &plain, &plain_columns, &data, &mut rows, &mut columns);
        Some(Code::Rows(rows))
    }

    fn size(&self) -> usize {
        match self {
            Code::Rows(rows) => rows.len(),
            Code::Large(code) => code.size() as usize,
        }
    }

    /// Calls `run(x, length)` for each run of dark modules of row `y`, left to right.
    fn runs(&self, y: usize, mut run: impl FnMut(usize, usize)) {
        match self {
            Code::Rows(rows) => {
                let mut row = rows[y];
                while row != 0 {
                    let start = row.trailing_zeros() as usize;
                    // Rows are narrower than 64 bits: a run always ends on a light bit.
                    let length = (!(row >> start)).trailing_zeros() as usize;
                    run(start, length);
                    row &= !0 << (start + length);
                }
            }
            Code::Large(code) => {
                let (n, dark) = (code.size(), |x| code.get_module(x, y as i32));
                let mut x = 0;
                while x < n {
                    if dark(x) {
                        let start = x;
                        while x < n && dark(x) {
                            x += 1;
                        }
                        run(start as usize, (x - start) as usize);
                    }
                    x += 1;
                }
            }
        }
    }
}

/// `rows` and `columns` as `mask` (and its format bits for `ecl`) makes them from the plain
/// modules.
fn apply(
    mask: u8,
    ecl: u32,
    plain: &[u64],
    plain_columns: &[u64],
    data: &[u64],
    rows: &mut [u64],
    columns: &mut [u64],
) {
    let (m, n) = (usize::from(mask), rows.len());
    for (i, ((row, column), data)) in rows.iter_mut().zip(columns.iter_mut()).zip(data).enumerate() {
        *row = plain[i] ^ (data & MASK_ROWS[m][i % 12]);
        // The data modules are the same read down a column (`data_modules` is symmetric).
        *column = plain_columns[i] ^ (data & MASK_COLUMNS[m][i % 12]);
    }
    let mut set = |x: usize, y: usize, dark: bool| {
        let (row, column) = (&mut rows[y], &mut columns[x]);
        *row = *row & !(1 << x) | u64::from(dark) << x;
        *column = *column & !(1 << y) | u64::from(dark) << y;
    };
    // The format bits, where and as `qrcodegen` draws them.
    let bits = format_bits(ecl, u32::from(mask));
    let bit = |i: usize| bits >> i & 1 == 1;
    for i in 0..6 {
        set(8, i, bit(i));
    }
    set(8, 7, bit(6));
    set(8, 8, bit(7));
    set(7, 8, bit(8));
    for i in 9..15 {
        set(14 - i, 8, bit(i));
    }
    for i in 0..8 {
        set(n - 1 - i, 8, bit(i));
    }
    for i in 8..15 {
        set(8, n - 15 + i, bit(i));
    }
    set(8, n - 8, true);
}

/// The 15 format bits of error correction level `ecl` (its two bits) and `mask`.
fn format_bits(ecl: u32, mask: u32) -> u32 {
    let data = ecl << 3 | mask;
    let mut rem = data;
    for _ in 0..10 {
        rem = (rem << 1) ^ ((rem >> 9) * 0x537);
    }
    (data << 10 | rem) ^ 0x5412
}

fn format_ecl(ecl: QrCodeEcc) -> u32 {
    match ecl {
        QrCodeEcc::Low => 1,
        QrCodeEcc::Medium => 0,
        QrCodeEcc::Quartile => 3,
        QrCodeEcc::High => 2,
    }
}

/// The modules a mask inverts (the data), as rows of bits: every module but the finder
/// patterns with their separators, the timing lines, the alignment patterns, the format and
/// version information. The set is its own transpose.
fn data_modules(version: u8, size: usize) -> Vec<u64> {
    let mut function = vec![0u64; size];
    let mut mark = |x: usize, y: usize| function[y] |= 1 << x;
    let square = |mark: &mut dyn FnMut(usize, usize), cx: usize, cy: usize, radius: usize| {
        for y in cy.saturating_sub(radius)..=(cy + radius).min(size - 1) {
            for x in cx.saturating_sub(radius)..=(cx + radius).min(size - 1) {
                mark(x, y);
            }
        }
    };
    for i in 0..size {
        mark(6, i);
        mark(i, 6);
    }
    for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
        square(&mut mark, cx, cy, 4);
    }
    let positions = alignment_positions(version, size);
    let last = positions.len().saturating_sub(1);
    for (i, &cx) in positions.iter().enumerate() {
        for (j, &cy) in positions.iter().enumerate() {
            let finder = i == 0 && (j == 0 || j == last) || i == last && j == 0;
            if !finder {
                square(&mut mark, cx, cy, 2);
            }
        }
    }
    for i in 0..9 {
        mark(8, i);
        mark(i, 8);
    }
    for i in 0..8 {
        mark(size - 1 - i, 8);
        mark(8, size - 1 - i);
    }
    if version >= 7 {
        for i in 0..18 {
            let (a, b) = (size - 11 + i % 3, i / 3);
            mark(a, b);
            mark(b, a);
        }
    }
    let all = (1u64 << size) - 1;
    function.into_iter().map(|row| !row & all).collect()
}

/// The centres of the alignment patterns on each axis (`qrcodegen`'s formula, whose one
/// exception, version 32, is past the codes held as bits).
fn alignment_positions(version: u8, size: usize) -> Vec<usize> {
    if version == 1 {
        return Vec::new();
    }
    let count = usize::from(version) / 7 + 2;
    let step = (usize::from(version) * 4 + count * 2 + 1) / (count * 2 - 2) * 2;
    let mut positions: Vec<usize> = (0..count - 1).map(|i| size - 7 - i * step).collect();
    positions.push(6);
    positions.reverse();
    positions
}

fn transpose(rows: &[u64]) -> Vec<u64> {
    let mut columns = vec![0u64; rows.len()];
    for (y, row) in rows.iter().enumerate() {
        let mut bits = *row;
        while bits != 0 {
            let x = bits.trailing_zeros() as usize;
            bits &= bits - 1;
            columns[x] |= 1 << y;
        }
    }
    columns
}

/// The standard's penalty of a masked code, counted as `qrcodegen` counts it.
fn penalty(rows: &[u64], columns: &[u64]) -> i32 {
    let size = rows.len();
    let lines: i32 = rows.iter().chain(columns).map(|&line| line_penalty(line, size)).sum();
    // A 2×2 block of one colour at (x, y): x and x + 1 alike in both rows, the rows alike at x.
    let pairs = (1u64 << (size - 1)) - 1;
    let blocks: u32 = rows
        .windows(2)
        .map(|two| {
            let (a, b) = (two[0], two[1]);
            (!(a ^ b) & !(a ^ (a >> 1)) & !(b ^ (b >> 1)) & pairs).count_ones()
        })
        .sum();
    let dark: i32 = rows.iter().map(|row| row.count_ones() as i32).sum();
    let total = (size * size) as i32;
    // The smallest k ≥ 0 with (45 − 5k) % ≤ dark ≤ (55 + 5k) %.
    let balance = ((dark * 20 - total * 10).abs() + total - 1) / total - 1;
    lines + 3 * blocks as i32 + 10 * balance
}

/// One row's or column's penalty (bit s of `line`: module s dark): 3 + (length − 5) for each
/// run of five or more modules of one colour, 40 for each finder-like pattern (dark, light,
/// dark, light, dark runs of n, n, 3n, n, n modules) with 4n light modules on one side and n
/// on the other; outside the code is light.
fn line_penalty(line: u64, size: usize) -> i32 {
    // Bit x: modules x and x + 1 alike; then bit x: modules x to x + 4 alike. A run of
    // length l ≥ 5 has l − 4 such starts, and costs l − 2.
    let alike = !(line ^ (line >> 1)) & ((1 << (size - 1)) - 1);
    let fives = alike & alike >> 1 & alike >> 2 & alike >> 3;
    let runs = (fives.count_ones() + 2 * (fives & !(fives << 1)).count_ones()) as i32;
    // Patterns wider than n = 1 have a run of six dark modules or more, after two light ones
    // or more, after 2n ≥ 4 modules (bits 0 to 3 cannot start it).
    let six = {
        let two = line & line >> 1;
        let four = two & two >> 2;
        four & two >> 4 & !(line << 1) & !(line << 2) & !0b1111
    };
    let wider = if six == 0 { 0 } else { wide_patterns(line, six) };
    runs + 40 * (narrow_patterns(line) + wider) as i32
}

/// The finder-like patterns of width 1 (see [`line_penalty`]), which every line is searched
/// for: light, dark, light, three dark, light, dark, light at bits s − 1 to s + 7.
fn narrow_patterns(line: u64) -> u32 {
    let core = !(line << 1)
        & line
        & !(line >> 1)
        & line >> 2
        & line >> 3
        & line >> 4
        & !(line >> 5)
        & line >> 6
        & !(line >> 7);
    if core == 0 {
        return 0;
    }
    let before = !(line << 1 | line << 2 | line << 3 | line << 4);
    let after = !(line >> 7 | line >> 8 | line >> 9 | line >> 10);
    (core & before).count_ones() + (core & after).count_ones()
}

/// The finder-like patterns of widths 2 and more (see [`line_penalty`]) around the runs of
/// six dark modules or more that start at the bits of `runs`: a run of 3n is the middle of
/// a pattern of width n when the runs around it are as they must be.
fn wide_patterns(line: u64, mut runs: u64) -> u32 {
    // Modules `from` to `to` − 1 all light (outside the code is light), or all dark.
    let span = |from: isize, to: isize| {
        let (from, to) = (from.clamp(0, 64) as u32, to.clamp(0, 64) as u32);
        if from >= to { 0 } else { (u64::MAX >> (64 - (to - from))) << from }
    };
    let light = |from: isize, to: isize| line & span(from, to) == 0;
    let dark = |from: isize, to: isize| from >= 0 && to <= 64 && !line & span(from, to) == 0;
    let mut count = 0;
    while runs != 0 {
        let middle = runs.trailing_zeros() as isize;
        runs &= runs - 1;
        // At least six long: n ≥ 2.
        let n = (!(line >> middle)).trailing_zeros() as isize / 3;
        // Width n: dark from s = middle − 2n, light from s + n, the middle's 3n dark, light
        // from middle + 3n (so the middle is exactly 3n long), dark from middle + 4n to
        // end = s + 7n; the light on either side (each count's) makes the outer runs exactly n.
        let (s, end) = (middle - 2 * n, middle + 5 * n);
        let pattern = dark(s, s + n)
            && light(s + n, middle)
            && light(middle + 3 * n, middle + 4 * n)
            && dark(middle + 4 * n, end);
        if pattern {
            count += u32::from(light(s - 4 * n, s) && light(end, end + n));
            count += u32::from(light(end, end + 4 * n) && light(s - n, s));
        }
    }
    count
}

/// Whether mask `mask` inverts module (x, y).
const fn inverts(mask: usize, x: usize, y: usize) -> bool {
    match mask {
        0 => (x + y).is_multiple_of(2),
        1 => y.is_multiple_of(2),
        2 => x.is_multiple_of(3),
        3 => (x + y).is_multiple_of(3),
        4 => (x / 3 + y / 2).is_multiple_of(2),
        5 => x * y % 2 + x * y % 3 == 0,
        6 => (x * y % 2 + x * y % 3).is_multiple_of(2),
        _ => ((x + y) % 2 + x * y % 3).is_multiple_of(2),
    }
}

/// Each mask's inverted modules as rows of bits (`[mask][y % 12]`, bit x), and as columns
/// (`[mask][x % 12]`, bit y): every mask repeats every twelve modules both ways.
static MASK_ROWS: [[u64; 12]; 8] = mask_lines(false);
static MASK_COLUMNS: [[u64; 12]; 8] = mask_lines(true);

const fn mask_lines(columns: bool) -> [[u64; 12]; 8] {
    let mut lines = [[0u64; 12]; 8];
    let mut mask = 0;
    while mask < 8 {
        let mut line = 0;
        while line < 12 {
            let mut i = 0;
            while i < MAX_BITS {
                let (x, y) = if columns { (line, i) } else { (i, line) };
                if inverts(mask, x, y) {
                    lines[mask][line] |= 1 << i;
                }
                i += 1;
            }
            line += 1;
        }
        mask += 1;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code drawn by an independent renderer (`resvg`, 4 px a module) reads back as its
    /// text with an independent decoder (`rqrr`), its quiet zone light all round and every
    /// module one colour edge to edge (no stroke bleeds into the next row or column).
    #[test]
    fn a_code_reads_back_as_its_text() {
        use resvg::{tiny_skia, usvg};
        let text = "https://failnight.example/check-in/0123456789abcdefghijklmnopqrstuv";
        let svg = svg(text, 240);
        assert!(svg.starts_with("<svg") && svg.contains("width=\"240\""));
        let side = Code::encode(text).unwrap().size() + 2 * QUIET_ZONE;
        let (scale, pixels) = (4, side as u32 * 4);
        let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).unwrap();
        let mut pixmap = tiny_skia::Pixmap::new(pixels, pixels).unwrap();
        let fit = pixels as f32 / 240.0;
        resvg::render(&tree, tiny_skia::Transform::from_scale(fit, fit), &mut pixmap.as_mut());
        let grey = |x: usize, y: usize| pixmap.pixel(x as u32, y as u32).unwrap().red();
        for y in 0..side {
            for x in 0..side {
                let module = grey(x * scale, y * scale);
                assert!(module == 0 || module == 255, "module ({x}, {y}) is grey ({module})");
                for (dx, dy) in [(1, 1), (scale - 1, 0), (0, scale - 1), (scale - 1, scale - 1)] {
                    assert_eq!(grey(x * scale + dx, y * scale + dy), module, "module ({x}, {y}) is two colours");
                }
                if x < QUIET_ZONE || y < QUIET_ZONE || x >= side - QUIET_ZONE || y >= side - QUIET_ZONE {
                    assert_eq!(module, 255, "the quiet zone at ({x}, {y})");
                }
            }
        }
        let size = pixels as usize;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(size, size, grey);
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1);
        let (_, content) = grids[0].decode().unwrap();
        assert_eq!(content, text);
    }

    /// Texts of every length from 1 to 400 bytes in steps of 3 (versions 1 to 11 and, past
    /// them, the large codes), each with its own mix of letters, digits and symbols.
    fn texts() -> impl Iterator<Item = String> {
        let alphabet = b"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ/:.-_?=&%";
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        (1..400).step_by(3).map(move |len| {
            (0..len)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize] as char
                })
                .collect()
        })
    }

    /// Every module, the chosen mask with it, is the one `qrcodegen` draws choosing the mask
    /// itself, whatever the size of the code.
    #[test]
    fn each_code_is_the_reference_encoders_own() {
        let (mut sizes, mut masks) = (std::collections::BTreeSet::new(), std::collections::BTreeSet::new());
        for text in texts().chain(["https://failnight.example/check-in/0123456789abcdefghijklmnopqrstuv".into()]) {
            let reference = QrCode::encode_text(&text, QrCodeEcc::Medium).unwrap();
            let ours = Code::encode(&text).unwrap();
            let n = reference.size() as usize;
            assert_eq!(ours.size(), n, "{} bytes", text.len());
            for y in 0..n {
                let mut row = vec![false; n];
                ours.runs(y, |x, length| row[x..x + length].fill(true));
                let expected: Vec<bool> = (0..n).map(|x| reference.get_module(x as i32, y as i32)).collect();
                assert_eq!(row, expected, "{} bytes, row {y}, mask {}", text.len(), reference.mask().value());
            }
            sizes.insert(n);
            masks.insert(reference.mask().value());
        }
        // The texts reached every version held as bits, and larger ones, and every mask won.
        assert!(sizes.range(..=MAX_BITS).count() == 11 && sizes.range(MAX_BITS..).count() > 0, "{sizes:?}");
        assert_eq!(masks.len(), 8, "{masks:?}");
    }

    /// A line's penalty counted run by run, as `qrcodegen` counts it (its `FinderPenalty`),
    /// and its finder-like patterns of width 1 and wider.
    fn penalty_by_runs(modules: &[bool]) -> (i32, [i32; 2]) {
        let size = modules.len() as i32;
        let (mut penalty, mut history, mut found) = (0, [0i32; 7], [0; 2]);
        let add = |history: &mut [i32; 7], mut run: i32| {
            if history[0] == 0 {
                run += size;
            }
            history.copy_within(0..6, 1);
            history[0] = run;
        };
        let mut patterns = |h: &[i32; 7]| {
            let n = h[1];
            let core = n > 0 && h[2] == n && h[3] == 3 * n && h[4] == n && h[5] == n;
            let count = i32::from(core && h[0] >= 4 * n && h[6] >= n) + i32::from(core && h[6] >= 4 * n && h[0] >= n);
            found[usize::from(n > 1)] += count;
            count
        };
        let (mut color, mut run) = (false, 0);
        for &module in modules {
            if module == color {
                run += 1;
                penalty += if run == 5 { 3 } else { i32::from(run > 5) };
            } else {
                add(&mut history, run);
                if !color {
                    penalty += 40 * patterns(&history);
                }
                (color, run) = (module, 1);
            }
        }
        if color {
            add(&mut history, run);
            run = 0;
        }
        add(&mut history, run + size);
        penalty += 40 * patterns(&history);
        (penalty, found)
    }

    /// Lines of every size a code has, of random runs and of finder-like patterns of widths
    /// 1 to 8 with light runs of every length around them: the penalty counted with bits is
    /// the one counted run by run.
    #[test]
    fn a_lines_penalty_is_counted_as_run_by_run() {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move |below: u64| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed % below
        };
        let mut found = [0; 2];
        for round in 0..20_000 {
            let size = 21 + 4 * next(11) as usize;
            let mut modules = Vec::with_capacity(size + 100);
            let mut dark = next(2) == 1;
            while modules.len() < size {
                if round % 2 == 1 && next(4) == 0 {
                    // A pattern of width n, light runs of 0 to 5n around it.
                    let n = 1 + next(8) as usize;
                    modules.extend(std::iter::repeat_n(false, next(5 * n as u64 + 1) as usize));
                    for (run, dark) in [(n, true), (n, false), (3 * n, true), (n, false), (n, true)] {
                        modules.extend(std::iter::repeat_n(dark, run));
                    }
                    modules.extend(std::iter::repeat_n(false, next(5 * n as u64 + 1) as usize));
                    dark = true;
                } else {
                    modules.extend(std::iter::repeat_n(dark, 1 + next(7) as usize));
                    dark = !dark;
                }
            }
            modules.truncate(size);
            let line = modules.iter().enumerate().fold(0u64, |line, (x, &m)| line | u64::from(m) << x);
            let (expected, patterns) = penalty_by_runs(&modules);
            assert_eq!(line_penalty(line, size), expected, "{modules:?}");
            found = [found[0] + patterns[0], found[1] + patterns[1]];
        }
        // Patterns of both kinds were among them.
        assert!(found[0] > 1_000 && found[1] > 1_000, "{found:?}");
    }

    #[test]
    fn the_data_modules_read_the_same_down_a_column() {
        for version in 1..=11u8 {
            let size = usize::from(version) * 4 + 17;
            let data = data_modules(version, size);
            assert_eq!(transpose(&data), data, "version {version}");
        }
    }
}
