// Images lose their metadata on upload (issue 19): a phone photo of a permit carries the GPS
// position where it was taken, the camera and the time; none of it belongs in her record.

/**
 * JPEG: keeps the markers needed to decode (SOF, DHT, DQT, DRI, SOS and the entropy-coded data,
 * APP0/JFIF, APP2 ICC profile, APP14 Adobe colour transform) and drops APP1 (EXIF, XMP), the
 * other APPn segments and COM comments. Returns the input unchanged when it is not a well-formed
 * JPEG up to its scan (the caller has already checked the signature).
 */
export function stripJpegMetadata(bytes: Uint8Array): Uint8Array {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return bytes;
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) throw new MalformedImageError();
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Start of scan: everything from here on is image data (and the end marker).
    if (marker === 0xda) {
      parts.push(bytes.subarray(at));
      return concat(parts);
    }
    // Markers without a length (RSTn, TEM).
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) throw new MalformedImageError();
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const keep =
      (!isApp && marker !== 0xfe) ||
      (marker === 0xe0 && isJfif(bytes, at + 4)) ||
      (marker === 0xe2 && hasAscii(bytes, at + 4, "ICC_PROFILE\0")) ||
      (marker === 0xee && hasAscii(bytes, at + 4, "Adobe"));
    if (keep) parts.push(bytes.subarray(at, end));
    at = end;
  }
  throw new MalformedImageError();
}

/** Ancillary PNG chunks that carry text, EXIF or a time: dropped. */
const PNG_DROPPED_CHUNKS = new Set(["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]);

/** PNG: drops the text, EXIF and time chunks; every other chunk is copied as it is (their CRCs stay valid). */
export function stripPngMetadata(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at + 12 <= bytes.length) {
    const length =
      (((bytes[at] as number) << 24) >>> 0) +
      ((bytes[at + 1] as number) << 16) +
      ((bytes[at + 2] as number) << 8) +
      (bytes[at + 3] as number);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > bytes.length) throw new MalformedImageError();
    if (!PNG_DROPPED_CHUNKS.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === "IEND") return concat(parts);
  }
  throw new MalformedImageError();
}

export class MalformedImageError extends Error {
  override name = "MalformedImageError";
  constructor() {
    super("document.error.malformed");
  }
}

/** The stored content: images without their metadata, PDFs as they are. */
export function stripDocumentMetadata(bytes: Uint8Array, contentType: string): Uint8Array {
  if (contentType === "image/jpeg") return stripJpegMetadata(bytes);
  if (contentType === "image/png") return stripPngMetadata(bytes);
  return bytes;
}

function isJfif(bytes: Uint8Array, at: number) {
  return hasAscii(bytes, at, "JFIF\0") || hasAscii(bytes, at, "JFXX\0");
}

function hasAscii(bytes: Uint8Array, at: number, text: string) {
  for (let i = 0; i < text.length; i += 1) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
