#![doc = include_str!("../README.md")]

pub mod card;

use std::io::Cursor;

use image::{
    DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits, RgbImage,
    codecs::{jpeg::JpegEncoder, png::PngEncoder},
    imageops::FilterType,
};
use sha2::{Digest, Sha256};

/// The largest image file we accept (15 MiB).
pub const MAX_IMAGE_BYTES: usize = 15 * 1024 * 1024;
/// The largest PDF we accept (30 MiB).
pub const MAX_PDF_BYTES: usize = 30 * 1024 * 1024;
/// The longest side of an uploaded image, read from its header before decoding.
pub const MAX_SIDE: u32 = 12_000;
/// The most pixels of an uploaded image (40 megapixels: any phone photo; a 100-megapixel
/// image is refused from its header without allocating it).
pub const MAX_PIXELS: u64 = 40_000_000;
/// What the decoder may allocate, beyond the pixels themselves (a 40-megapixel RGBA image is
/// 160 MB; the rest is the decoders' own buffers).
pub const MAX_DECODE_ALLOC: u64 = 256 * 1024 * 1024;
/// The stage is 1920×1080: every slide fits it, keeping its aspect.
pub const STAGE_WIDTH: u32 = 1920;
pub const STAGE_HEIGHT: u32 = 1080;
/// The largest page box we render, in PDF points on either side (the PDF specification's
/// own limit, 200 inches); beyond that it is a bomb, not a slide.
pub const MAX_PAGE_POINTS: f32 = 14_400.0;
/// JPEG quality of photo-like slides.
pub const JPEG_QUALITY: u8 = 85;

/// An image of ours, ready to store: re-encoded, at most 1920×1080, content-addressed.
#[derive(Clone, PartialEq, Eq)]
pub struct Encoded {
    pub bytes: Vec<u8>,
    /// `image/png` or `image/jpeg`.
    pub media_type: &'static str,
    pub width: u32,
    pub height: u32,
    /// Lowercase hex SHA-256 of `bytes`.
    pub hash: String,
}

impl std::fmt::Debug for Encoded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Encoded")
            .field("media_type", &self.media_type)
            .field("width", &self.width)
            .field("height", &self.height)
            .field("len", &self.bytes.len())
            .field("hash", &self.hash)
            .finish()
    }
}

/// Why an upload was refused, in words a speaker can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MediaError {
    #[error("The file is larger than {} MB.", .limit / (1024 * 1024))]
    TooLarge { limit: usize },
    #[error("This is not a PNG, JPEG or WebP image (whatever its name says).")]
    NotAnImage,
    #[error("The image is {width}×{height} pixels; at most {max_side} pixels a side and {max_megapixels} megapixels are accepted.", max_side = MAX_SIDE, max_megapixels = MAX_PIXELS / 1_000_000)]
    TooManyPixels { width: u32, height: u32 },
    #[error("The image could not be read (is the file complete?).")]
    Broken,
    #[error("This is not a PDF file.")]
    NotAPdf,
    #[error("The PDF could not be read (is it complete, and not password-protected?).")]
    BrokenPdf,
    #[error("The PDF has {pages} pages; a talk has at most {limit} slides.")]
    TooManyPages { pages: usize, limit: usize },
    #[error("The PDF has no pages.")]
    NoPages,
    #[error("Page {page} of the PDF has an impossible size.")]
    PageSize { page: usize },
    #[error("The image could not be encoded.")]
    Encode,
}

/// Sniffs the format from the bytes: only PNG, JPEG and WebP.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP)) => Some(f),
        _ => None,
    }
}

/// Whether the bytes start like a PDF.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// Decodes an uploaded image under the limits and re-encodes it as ours (see the crate doc).
pub fn process_image(bytes: &[u8]) -> Result<Encoded, MediaError> {
    encode(decode_upright(bytes)?)
}

/// A night's cover photo, at the two widths pages show it: a phone's (720 px wide) and a
/// desktop's (1600), cut to 16:9 around its middle (a banner, the same shape on every page),
/// as JPEG (a photo; quality 78 keeps the phone's under about 60 KB, inside the page's weight
/// budget). Never enlarged. Re-encoded, so no metadata survives.
#[derive(Debug, Clone)]
pub struct Cover {
    pub phone: Encoded,
    pub desktop: Encoded,
}

/// The cover's JPEG quality.
pub const COVER_QUALITY: u8 = 78;

pub fn process_cover(bytes: &[u8]) -> Result<Cover, MediaError> {
    let image = banner(decode_upright(bytes)?);
    let size = |width: u32| -> Result<Encoded, MediaError> {
        let image = fit_within(&image, width, width * 9 / 16);
        let mut out = Vec::new();
        image
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, COVER_QUALITY))
            .map_err(|_| MediaError::Encode)?;
        let (width, height) = image.dimensions();
        Ok(Encoded { hash: sha256_hex(&out), bytes: out, media_type: "image/jpeg", width, height })
    };
    Ok(Cover { phone: size(720)?, desktop: size(1600)? })
}

/// A speaker's photo for the lineup: the middle square, 256 px, JPEG. Re-encoded, so no
/// metadata survives; never enlarged.
pub fn process_portrait(bytes: &[u8]) -> Result<Encoded, MediaError> {
    let image = decode_upright(bytes)?;
    let (w, h) = image.dimensions();
    let side = w.min(h).max(1);
    let square = image::imageops::crop_imm(&image, (w - side) / 2, (h - side) / 2, side, side).to_image();
    let image = fit_within(&square, 256, 256);
    let mut out = Vec::new();
    image.write_with_encoder(JpegEncoder::new_with_quality(&mut out, 80)).map_err(|_| MediaError::Encode)?;
    let (width, height) = image.dimensions();
    Ok(Encoded { hash: sha256_hex(&out), bytes: out, media_type: "image/jpeg", width, height })
}

/// The longest a chapter's logo is drawn (pages show it at most 240×80 CSS pixels; twice
/// that for sharp screens).
pub const LOGO_WIDTH: u32 = 480;
pub const LOGO_HEIGHT: u32 = 160;

/// A chapter's logo: scaled to fit 480×160 (never up), kept with its transparency (a logo sits
/// on light and dark pages), as PNG (flat colour and sharp edges). Re-encoded, so no metadata
/// survives.
pub fn process_logo(bytes: &[u8]) -> Result<Encoded, MediaError> {
    let image = decode_oriented(bytes)?.into_rgba8();
    let (w, h) = image.dimensions();
    let image = if w <= LOGO_WIDTH && h <= LOGO_HEIGHT {
        image
    } else {
        let (nw, nh) = scaled_within(w, h, LOGO_WIDTH, LOGO_HEIGHT);
        image::imageops::resize(&image, nw, nh, FilterType::Triangle)
    };
    let mut out = Vec::new();
    image.write_with_encoder(PngEncoder::new(&mut out)).map_err(|_| MediaError::Encode)?;
    let (width, height) = image.dimensions();
    Ok(Encoded { hash: sha256_hex(&out), bytes: out, media_type: "image/png", width, height })
}

/// The middle 16:9 of `image`.
fn banner(image: RgbImage) -> RgbImage {
    let (w, h) = image.dimensions();
    let (cw, ch) = if u64::from(w) * 9 > u64::from(h) * 16 { (h * 16 / 9, h) } else { (w, w * 9 / 16) };
    let (cw, ch) = (cw.max(1), ch.max(1));
    image::imageops::crop_imm(&image, (w - cw) / 2, (h - ch) / 2, cw, ch).to_image()
}

/// `image` scaled to fit `width`×`height` (never up), keeping its aspect.
fn fit_within(image: &RgbImage, width: u32, height: u32) -> RgbImage {
    let (w, h) = image.dimensions();
    if w <= width && h <= height {
        return image.clone();
    }
    let (nw, nh) = scaled_within(w, h, width, height);
    image::imageops::resize(image, nw, nh, FilterType::Triangle)
}

/// `w`×`h` scaled down to fit `width`×`height`, keeping its aspect.
fn scaled_within(w: u32, h: u32, width: u32, height: u32) -> (u32, u32) {
    let scale = f64::min(f64::from(width) / f64::from(w), f64::from(height) / f64::from(h));
    let nw = ((f64::from(w) * scale).round() as u32).clamp(1, width);
    let nh = ((f64::from(h) * scale).round() as u32).clamp(1, height);
    (nw, nh)
}

/// An uploaded image decoded under the limits, turned upright, on white.
fn decode_upright(bytes: &[u8]) -> Result<RgbImage, MediaError> {
    Ok(flatten(decode_oriented(bytes)?))
}

/// An uploaded image decoded under the limits and turned upright, transparency kept.
fn decode_oriented(bytes: &[u8]) -> Result<DynamicImage, MediaError> {
    if bytes.len() > MAX_IMAGE_BYTES {
        return Err(MediaError::TooLarge { limit: MAX_IMAGE_BYTES });
    }
    let format = sniff(bytes).ok_or(MediaError::NotAnImage)?;
    // The header first: the size is refused before a single pixel is allocated.
    let (width, height) =
        ImageReader::with_format(Cursor::new(bytes), format).into_dimensions().map_err(|_| MediaError::Broken)?;
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(MediaError::TooManyPixels { width, height });
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_ALLOC);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|_| MediaError::Broken)?;
    // A phone photo is stored sideways with an EXIF orientation: turn it upright before the
    // EXIF goes.
    let orientation = decoder.orientation().ok();
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| MediaError::Broken)?;
    if let Some(orientation) = orientation {
        image.apply_orientation(orientation);
    }
    Ok(image)
}

/// RGB on white: a projector shows no transparency, and JPEG has none.
fn flatten(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let mut rgb = RgbImage::new(rgba.width(), rgba.height());
    for (out, px) in rgb.pixels_mut().zip(rgba.pixels()) {
        let [r, g, b, a] = px.0;
        let over = |c: u8| ((u16::from(c) * u16::from(a) + 255 * (255 - u16::from(a))) / 255) as u8;
        out.0 = [over(r), over(g), over(b)];
    }
    rgb
}

/// Scales to fit the stage (never up) and encodes: PNG when it is at most twice the size of
/// the JPEG (slides of text and flat colour: lossless, sharp letters, often smaller than the
/// JPEG anyway), JPEG at quality 85 otherwise (photos, where PNG is 3–6 times larger). The
/// figures behind the rule are in the test `encoding_follows_the_content`.
pub fn encode(image: RgbImage) -> Result<Encoded, MediaError> {
    let image = fit(image);
    let (width, height) = image.dimensions();
    let png = encode_png(&image)?;
    let jpeg = encode_jpeg(&image)?;
    let (bytes, media_type) = if png.len() <= 2 * jpeg.len() { (png, "image/png") } else { (jpeg, "image/jpeg") };
    Ok(Encoded { hash: sha256_hex(&bytes), bytes, media_type, width, height })
}

fn fit(image: RgbImage) -> RgbImage {
    let (w, h) = image.dimensions();
    if w <= STAGE_WIDTH && h <= STAGE_HEIGHT {
        return image;
    }
    fit_within(&image, STAGE_WIDTH, STAGE_HEIGHT)
}

fn encode_png(image: &RgbImage) -> Result<Vec<u8>, MediaError> {
    let mut out = Vec::new();
    image.write_with_encoder(PngEncoder::new(&mut out)).map_err(|_| MediaError::Encode)?;
    Ok(out)
}

fn encode_jpeg(image: &RgbImage) -> Result<Vec<u8>, MediaError> {
    let mut out = Vec::new();
    image.write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY)).map_err(|_| MediaError::Encode)?;
    Ok(out)
}

/// Lowercase hex SHA-256: the content address of an image.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Renders every page of a PDF to fit the stage and encodes each like an image. Refuses
/// before rendering anything: more than `max_pages` pages, a page box beyond
/// [`MAX_PAGE_POINTS`]. Has no deadline: run it where it can be killed (see the crate doc).
pub fn render_pdf(bytes: Vec<u8>, max_pages: usize) -> Result<Vec<Encoded>, MediaError> {
    use hayro::{
        PixmapSettings, RenderCache, RenderSettings, hayro_interpret::InterpreterSettings, hayro_syntax::Pdf,
        vello_cpu::color::palette::css::WHITE, vello_cpu::peniko::ImageAlphaType,
    };

    if bytes.len() > MAX_PDF_BYTES {
        return Err(MediaError::TooLarge { limit: MAX_PDF_BYTES });
    }
    if !is_pdf(&bytes) {
        return Err(MediaError::NotAPdf);
    }
    let pdf = Pdf::new(bytes).map_err(|_| MediaError::BrokenPdf)?;
    let pages = pdf.pages();
    if pages.is_empty() {
        return Err(MediaError::NoPages);
    }
    if pages.len() > max_pages {
        return Err(MediaError::TooManyPages { pages: pages.len(), limit: max_pages });
    }
    let mut scales = Vec::with_capacity(pages.len());
    for (i, page) in pages.iter().enumerate() {
        let (w, h) = page.render_dimensions();
        if !(w.is_finite()
            && h.is_finite()
            && (1.0..=MAX_PAGE_POINTS).contains(&w)
            && (1.0..=MAX_PAGE_POINTS).contains(&h))
        {
            return Err(MediaError::PageSize { page: i + 1 });
        }
        let scale = f32::min(STAGE_WIDTH as f32 / w, STAGE_HEIGHT as f32 / h);
        scales.push(scale);
    }
    let cache = RenderCache::new();
    let interpreter = InterpreterSettings::default();
    let settings = RenderSettings::default();
    let mut out = Vec::with_capacity(pages.len());
    for (page, scale) in pages.iter().zip(scales) {
        let pixmap = hayro::render(
            page,
            &cache,
            &interpreter,
            &settings,
            &PixmapSettings { x_scale: scale, y_scale: scale, bg_color: WHITE },
        );
        let (w, h) = (u32::from(pixmap.width()), u32::from(pixmap.height()));
        if w == 0 || h == 0 {
            return Err(MediaError::BrokenPdf);
        }
        // Opaque (rendered on white), so premultiplied is plain RGBA.
        let rgba = pixmap.take_rgba8(ImageAlphaType::AlphaPremultiplied);
        let image = image::RgbaImage::from_raw(w, h, rgba).ok_or(MediaError::BrokenPdf)?;
        out.push(encode(flatten(DynamicImage::ImageRgba8(image)))?);
    }
    Ok(out)
}

pub mod testing;

#[cfg(test)]
mod tests;

/// The most a PDF's rendered slides may weigh in all (40 pages of at most a few MB each).
pub const MAX_RENDER_OUTPUT: usize = 160 * 1024 * 1024;

/// How `failnight render-pdf` hands its result to its parent on standard output: `OK`, then
/// per slide its width, height, kind (0 PNG, 1 JPEG) and length (big-endian u32, u32, u8,
/// u32) and bytes; or `ER` and the sentence for the speaker. The parent hashes the bytes
/// itself.
pub mod frames {
    use super::{Encoded, sha256_hex};

    pub fn write(result: &Result<Vec<Encoded>, String>) -> Vec<u8> {
        match result {
            Ok(slides) => {
                let mut out = b"OK".to_vec();
                for slide in slides {
                    out.extend_from_slice(&slide.width.to_be_bytes());
                    out.extend_from_slice(&slide.height.to_be_bytes());
                    out.push(u8::from(slide.media_type == "image/jpeg"));
                    out.extend_from_slice(&(slide.bytes.len() as u32).to_be_bytes());
                    out.extend_from_slice(&slide.bytes);
                }
                out
            }
            Err(message) => [b"ER".as_slice(), message.as_bytes()].concat(),
        }
    }

    /// `None` when the output is not a whole answer (the renderer died midway).
    pub fn read(bytes: &[u8]) -> Option<Result<Vec<Encoded>, String>> {
        let (tag, mut rest) = (bytes.get(..2)?, bytes.get(2..)?);
        match tag {
            b"ER" => Some(Err(String::from_utf8_lossy(rest).into_owned())),
            b"OK" => {
                let mut slides = Vec::new();
                while !rest.is_empty() {
                    let u32_at = |at: usize| rest.get(at..at + 4).map(|b| u32::from_be_bytes([b[0], b[1], b[2], b[3]]));
                    let (width, height, kind, len) = (u32_at(0)?, u32_at(4)?, *rest.get(8)?, u32_at(9)? as usize);
                    let data = rest.get(13..13 + len)?.to_vec();
                    rest = &rest[13 + len..];
                    let media_type = if kind == 1 { "image/jpeg" } else { "image/png" };
                    slides.push(Encoded { hash: sha256_hex(&data), bytes: data, media_type, width, height });
                }
                Some(Ok(slides))
            }
            _ => None,
        }
    }
}
