use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};

use super::*;

fn png(image: &RgbImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, ImageFormat::Png).unwrap();
    out.into_inner()
}

fn jpeg(image: &RgbImage) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    image.write_to(&mut out, ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

/// A slide of text: white, with black bars for lines of letters.
fn text_slide(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        let line = (y / 40) % 2 == 1 && (x / 7) % 5 != 0 && x > 100 && x < w - 100;
        if line { Rgb([20, 20, 20]) } else { Rgb([255, 255, 255]) }
    })
}

/// Something like a photo: smooth gradients with noise.
fn photo(w: u32, h: u32) -> RgbImage {
    let mut seed = 0x2545_f491u32;
    RgbImage::from_fn(w, h, |x, y| {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        let n = (seed % 24) as u8;
        Rgb([(x * 255 / w) as u8 / 2 + n, (y * 255 / h) as u8 / 2 + n, 120 + n])
    })
}

#[test]
fn exif_and_gps_are_stripped() {
    let original = jpeg(&photo(64, 48));
    // An APP1 Exif segment with a GPS IFD marker and a recognisable text, right after SOI.
    let mut exif = b"Exif\0\0MM\0*\0\0\0\x08GPSLatitude 52.5200 N SECRET-PLACE".to_vec();
    let mut app1 = vec![0xff, 0xe1];
    app1.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
    app1.append(&mut exif);
    let mut upload = original[..2].to_vec();
    upload.extend_from_slice(&app1);
    upload.extend_from_slice(&original[2..]);
    assert!(upload.windows(12).any(|w| w == b"SECRET-PLACE"));

    let out = process_image(&upload).expect("a JPEG with EXIF is accepted");
    assert!(!out.bytes.windows(4).any(|w| w == b"Exif"), "no EXIF in our encoding");
    assert!(!out.bytes.windows(12).any(|w| w == b"SECRET-PLACE"));
    assert!(!out.bytes.windows(3).any(|w| w == b"GPS"));
    assert_eq!((out.width, out.height), (64, 48));
    assert_eq!(out.hash, sha256_hex(&out.bytes));
    assert_eq!(out.hash.len(), 64);
}

#[test]
fn a_text_file_named_png_is_refused() {
    assert_eq!(process_image(b"hello, I am a text file\n"), Err(MediaError::NotAnImage));
    // Formats we do not accept, even when they are images.
    assert_eq!(process_image(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"), Err(MediaError::NotAnImage));
}

#[test]
fn a_truncated_png_is_refused() {
    let full = png(&photo(200, 100));
    assert!(process_image(&full).is_ok());
    assert_eq!(process_image(&full[..full.len() / 2]), Err(MediaError::Broken));
    assert_eq!(process_image(&full[..20]), Err(MediaError::Broken));
}

#[test]
fn a_100_megapixel_image_is_refused_from_its_header() {
    // Only a header is given: a decoder that went past it would answer `Broken`, so
    // `TooManyPixels` shows the refusal came from the header (no timing needed, which flaked
    // on a loaded CI machine).
    assert_eq!(
        process_image(&png_header_of(10_000, 10_000)),
        Err(MediaError::TooManyPixels { width: 10_000, height: 10_000 })
    );
    assert_eq!(
        process_image(&png_header_of(20_000, 100)),
        Err(MediaError::TooManyPixels { width: 20_000, height: 100 })
    );
    let message = MediaError::TooManyPixels { width: 10_000, height: 10_000 }.to_string();
    assert!(message.contains("40 megapixels"), "{message}");
}

fn png_header_of(w: u32, h: u32) -> Vec<u8> {
    testing::png_header(w, h)
}

#[test]
fn a_file_over_the_cap_is_refused_before_reading() {
    let big = vec![0u8; MAX_IMAGE_BYTES + 1];
    assert_eq!(process_image(&big), Err(MediaError::TooLarge { limit: MAX_IMAGE_BYTES }));
}

#[test]
fn large_images_fit_the_stage_keeping_their_aspect() {
    let out = process_image(&png(&text_slide(4000, 3000))).unwrap();
    assert_eq!((out.width, out.height), (1440, 1080));
    let out = process_image(&png(&text_slide(3840, 1000))).unwrap();
    assert_eq!((out.width, out.height), (1920, 500));
    // Small ones are never scaled up.
    let out = process_image(&png(&text_slide(800, 600))).unwrap();
    assert_eq!((out.width, out.height), (800, 600));
}

#[test]
fn transparency_is_flattened_on_white() {
    let image = RgbaImage::from_pixel(10, 10, Rgba([0, 0, 0, 0]));
    let mut bytes = Cursor::new(Vec::new());
    image.write_to(&mut bytes, ImageFormat::Png).unwrap();
    let out = process_image(&bytes.into_inner()).unwrap();
    let decoded = image::load_from_memory(&out.bytes).unwrap().into_rgb8();
    assert_eq!(decoded.get_pixel(5, 5), &Rgb([255, 255, 255]));
}

/// The encoding rule, measured: a text slide at 1920×1080 is smaller as PNG than as JPEG
/// q85 and keeps its letters sharp; a photo is several times larger as PNG.
#[test]
fn encoding_follows_the_content() {
    let text = text_slide(1920, 1080);
    let (text_png, text_jpeg) = (encode_png(&text).unwrap().len(), encode_jpeg(&text).unwrap().len());
    let photo = photo(1920, 1080);
    let (photo_png, photo_jpeg) = (encode_png(&photo).unwrap().len(), encode_jpeg(&photo).unwrap().len());
    println!("text slide: PNG {text_png} B, JPEG q85 {text_jpeg} B; photo: PNG {photo_png} B, JPEG q85 {photo_jpeg} B");
    assert_eq!(encode(text).unwrap().media_type, "image/png");
    assert_eq!(encode(photo).unwrap().media_type, "image/jpeg");
}

#[test]
fn webp_uploads_are_accepted() {
    let mut bytes = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgba8(RgbaImage::from_pixel(30, 20, Rgba([200, 10, 10, 255])))
        .write_to(&mut bytes, ImageFormat::WebP)
        .unwrap();
    let out = process_image(&bytes.into_inner()).unwrap();
    assert_eq!((out.width, out.height), (30, 20));
}

#[test]
fn a_pdf_renders_page_by_page_to_fit_the_stage() {
    let pdf = testing::pdf(&[
        (960.0, 540.0, "BT /F1 48 Tf 100 300 Td (My worst deploy) Tj ET"),
        (960.0, 540.0, "0 0 1 rg 100 100 200 200 re f"),
        (612.0, 792.0, "BT /F1 24 Tf 72 700 Td (A letter page) Tj ET"),
    ]);
    let started = std::time::Instant::now();
    let slides = render_pdf(pdf, 10).expect("renders");
    println!("3 pages rendered and encoded in {:?}", started.elapsed());
    assert_eq!(slides.len(), 3);
    assert_eq!((slides[0].width, slides[0].height), (1920, 1080));
    assert_eq!(slides[2].height, 1080);
    assert_ne!(slides[0].hash, slides[1].hash);
    // The blue square is there.
    let second = image::load_from_memory(&slides[1].bytes).unwrap().into_rgb8();
    let px = second.get_pixel(400, 1080 - 400);
    assert!(px[2] > 200 && px[0] < 60, "{px:?}");
}

#[test]
fn pdfs_over_the_limits_are_refused_before_rendering() {
    let pages: Vec<(f32, f32, &str)> = (0..11).map(|_| (960.0, 540.0, "")).collect();
    assert_eq!(render_pdf(testing::pdf(&pages), 10), Err(MediaError::TooManyPages { pages: 11, limit: 10 }));
    let huge = testing::pdf(&[(960.0, 540.0, ""), (5_000_000.0, 5_000_000.0, "0 0 1 1 re f")]);
    assert_eq!(render_pdf(huge, 10), Err(MediaError::PageSize { page: 2 }));
    assert_eq!(render_pdf(b"%PDF-1.4\ngarbage".to_vec(), 10), Err(MediaError::BrokenPdf));
    assert_eq!(render_pdf(b"hello".to_vec(), 10), Err(MediaError::NotAPdf));
}

#[test]
fn a_cover_comes_in_two_sizes_without_its_metadata() {
    let original = jpeg(&photo(4000, 3000));
    let mut upload = original[..2].to_vec();
    upload.extend_from_slice(&[0xff, 0xe1, 0x00, 0x16]);
    upload.extend_from_slice(b"Exif\0\0SECRET-PLACE\0\0");
    upload.extend_from_slice(&original[2..]);
    let cover = process_cover(&upload).expect("a phone photo is a cover");
    // A 4:3 photo is cut to its middle 16:9.
    assert_eq!((cover.phone.width, cover.phone.height), (720, 405));
    assert_eq!((cover.desktop.width, cover.desktop.height), (1600, 900));
    for size in [&cover.phone, &cover.desktop] {
        assert_eq!(size.media_type, "image/jpeg");
        assert!(!size.bytes.windows(12).any(|w| w == b"SECRET-PLACE") && !size.bytes.windows(4).any(|w| w == b"Exif"));
        assert_eq!(size.hash, sha256_hex(&size.bytes));
    }
    assert!(cover.phone.bytes.len() < 60 * 1024, "{} bytes", cover.phone.bytes.len());
    // A small image is not blown up.
    let small = process_cover(&png(&photo(300, 200))).unwrap();
    assert_eq!((small.desktop.width, small.desktop.height), (300, 168));
    assert_eq!(process_cover(b"not an image").unwrap_err(), MediaError::NotAnImage);
}

#[test]
fn a_portrait_is_the_middle_square_without_metadata() {
    let original = jpeg(&photo(1200, 1600));
    let mut upload = original[..2].to_vec();
    upload.extend_from_slice(&[0xff, 0xe1, 0x00, 0x16]);
    upload.extend_from_slice(b"Exif\0\0SECRET-PLACE\0\0");
    upload.extend_from_slice(&original[2..]);
    let portrait = process_portrait(&upload).unwrap();
    assert_eq!((portrait.width, portrait.height, portrait.media_type), (256, 256, "image/jpeg"));
    assert!(!portrait.bytes.windows(12).any(|w| w == b"SECRET-PLACE"));
    assert_eq!(process_portrait(&png(&photo(100, 60))).map(|p| (p.width, p.height)), Ok((60, 60)));
}

#[test]
fn a_logo_keeps_its_transparency_and_fits_its_box() {
    // A wide logo with a transparent background and a text chunk a tool left in it.
    let logo =
        RgbaImage::from_fn(1200, 300, |x, _| if x % 100 < 50 { Rgba([200, 30, 60, 255]) } else { Rgba([0, 0, 0, 0]) });
    let mut upload = Cursor::new(Vec::new());
    logo.write_to(&mut upload, ImageFormat::Png).unwrap();
    let mut upload = upload.into_inner();
    // A tEXt chunk after IHDR (8 + 25 bytes): a PNG's metadata.
    let text = b"Comment\0SECRET-PLACE";
    let mut chunk = (text.len() as u32).to_be_bytes().to_vec();
    let mut body = b"tEXt".to_vec();
    body.extend_from_slice(text);
    let crc = !body.iter().fold(!0u32, |crc, &byte| {
        (0..8).fold(crc ^ u32::from(byte), |c, _| if c & 1 == 1 { (c >> 1) ^ 0xedb8_8320 } else { c >> 1 })
    });
    chunk.extend_from_slice(&body);
    chunk.extend_from_slice(&crc.to_be_bytes());
    upload.splice(33..33, chunk);
    let processed = process_logo(&upload).expect("a logo with a text chunk is still a logo");
    assert_eq!((processed.width, processed.height, processed.media_type), (480, 120, "image/png"));
    assert!(!processed.bytes.windows(12).any(|w| w == b"SECRET-PLACE"));
    let back = image::load_from_memory(&processed.bytes).unwrap().into_rgba8();
    assert_eq!(back.get_pixel(10, 10).0, [200, 30, 60, 255]);
    assert_eq!(back.get_pixel(30, 10).0[3], 0, "the background stays transparent");
    // A small logo is not blown up; a tall one fits the height.
    assert_eq!(process_logo(&png(&photo(120, 40))).map(|l| (l.width, l.height)), Ok((120, 40)));
    assert_eq!(process_logo(&png(&photo(400, 800))).map(|l| (l.width, l.height)), Ok((80, 160)));
    assert_eq!(process_logo(b"<svg/>").unwrap_err(), MediaError::NotAnImage);
}
