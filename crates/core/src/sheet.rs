//! CSV files for spreadsheets, written one way: the `csv` crate quotes what RFC 4180 needs
//! (commas, quotes, line breaks), and a cell that starts like a formula (`= + - @`, tab, CR)
//! gets a leading apostrophe, so a guest named `=HYPERLINK(…)` stays text when a host opens
//! the list in a spreadsheet. Lines end with CRLF.

use std::borrow::Cow;

/// A CSV document being written in memory.
#[derive(Debug)]
pub struct Sheet {
    writer: csv::Writer<Vec<u8>>,
}

impl Sheet {
    /// A sheet with this header row; `bom` starts it with a byte order mark, so spreadsheets
    /// read the file as UTF-8 when opened by double-click.
    pub fn new(header: &[&str], bom: bool) -> Sheet {
        let start = if bom { "\u{feff}".as_bytes().to_vec() } else { Vec::new() };
        let writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(start);
        let mut sheet = Sheet { writer };
        sheet.row(header.iter().copied());
        sheet
    }

    /// Appends a row; every cell is made safe with [`cell`].
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let record: Vec<String> = cells.into_iter().map(|c| cell(c.as_ref()).into_owned()).collect();
        self.writer.write_record(&record).expect("writing CSV to memory cannot fail");
    }

    /// The finished document.
    pub fn finish(self) -> String {
        let bytes = self.writer.into_inner().expect("flushing CSV to memory cannot fail");
        String::from_utf8(bytes).expect("CSV of UTF-8 cells is UTF-8")
    }
}

/// A cell a spreadsheet shows as text: a leading `= + - @`, tab or CR gets an apostrophe.
pub fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    use super::Sheet;

    #[test]
    fn formulas_are_neutralised_and_quotes_escaped() {
        let mut sheet = Sheet::new(&["a", "b"], false);
        sheet.row(["=HYPERLINK(\"x\")", "+1"]);
        sheet.row(["-2", "@SUM(A1)"]);
        sheet.row(["Ada, Countess", "Grace"]);
        sheet.row(["two\nlines", "Zoë"]);
        assert_eq!(
            sheet.finish(),
            "a,b\r\n\"'=HYPERLINK(\"\"x\"\")\",'+1\r\n'-2,'@SUM(A1)\r\n\"Ada, Countess\",Grace\r\n\"two\nlines\",Zoë\r\n"
        );
    }

    #[test]
    fn a_byte_order_mark_when_asked() {
        let sheet = Sheet::new(&["name"], true);
        assert_eq!(sheet.finish(), "\u{feff}name\r\n");
    }
}
