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
        let mut sheet = Sheet { writer: writer(start) };
        sheet.row(header.iter().copied());
        sheet
    }

    /// Appends a row; every cell is made safe with [`cell`].
    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        let record: Vec<String> = cells.into_iter().map(|c| cell(c.as_ref()).into_owned()).collect();
        self.writer.write_record(&record).expect("writing CSV to memory cannot fail");
    }

    /// What was written since the last take, to send on while the rest is written: a long
    /// sheet goes out in pieces and is never whole in memory.
    pub fn take(&mut self) -> String {
        std::mem::replace(&mut self.writer, writer(Vec::new())).into_sheet()
    }

    /// The finished document.
    pub fn finish(self) -> String {
        self.writer.into_sheet()
    }
}

/// A CSV writer of ours into memory, starting with `start`.
fn writer(start: Vec<u8>) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(start)
}

/// What a writer into memory wrote, as text.
trait IntoSheet {
    fn into_sheet(self) -> String;
}

impl IntoSheet for csv::Writer<Vec<u8>> {
    fn into_sheet(self) -> String {
        let bytes = self.into_inner().expect("flushing CSV to memory cannot fail");
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
    fn taken_in_pieces_it_is_the_same_document() {
        let mut whole = Sheet::new(&["a"], true);
        let mut pieces = Sheet::new(&["a"], true);
        let mut sent = pieces.take();
        for n in 0..5 {
            whole.row([format!("row {n}, with a comma")]);
            pieces.row([format!("row {n}, with a comma")]);
            sent.push_str(&pieces.take());
        }
        sent.push_str(&pieces.finish());
        assert_eq!(sent, whole.finish());
    }

    #[test]
    fn a_byte_order_mark_when_asked() {
        let sheet = Sheet::new(&["name"], true);
        assert_eq!(sheet.finish(), "\u{feff}name\r\n");
    }
}
