// Files for the document tests, built byte by byte so each test shows what it feeds in.

const ascii = (text: string) => Buffer.from(text, "latin1");
const u16 = (n: number) => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/** A small, well-formed one-page PDF holding `text`. */
export function pdfFile(text = "Permit decision"): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return ascii(body);
}

/** The GPS position the EXIF block of `jpegWithGpsExif` carries: 52° 31' 12.34" N, as TIFF rationals. */
export const GPS_LATITUDE_BYTES = Buffer.concat([u32(52), u32(1), u32(31), u32(1), u32(1234), u32(100)]);

/** An EXIF (TIFF, big-endian) block with a GPS IFD holding a latitude, and a camera make. */
function exifWithGps(): Buffer {
  // Offsets are from the start of the TIFF header.
  const ifd0At = 8;
  const ifd0 = Buffer.concat([
    u16(2),
    // Make (0x010f), ASCII, 8 bytes at offset 38
    u16(0x010f),
    u16(2),
    u32(8),
    u32(38),
    // GPSInfo (0x8825), LONG, 1, offset of GPS IFD (46)
    u16(0x8825),
    u16(4),
    u32(1),
    u32(46),
    u32(0),
  ]);
  const make = ascii("PhoneCo\0");
  const gpsIfd = Buffer.concat([
    u16(2),
    // GPSLatitudeRef (1), ASCII, 2, "N\0"
    u16(1),
    u16(2),
    u32(2),
    Buffer.from([0x4e, 0, 0, 0]),
    // GPSLatitude (2), RATIONAL, 3, at offset 76
    u16(2),
    u16(5),
    u32(3),
    u32(76),
    u32(0),
  ]);
  const tiff = Buffer.concat([ascii("MM"), u16(42), u32(ifd0At), ifd0, make, gpsIfd, GPS_LATITUDE_BYTES]);
  return Buffer.concat([ascii("Exif\0\0"), tiff]);
}

function segment(marker: number, payload: Buffer): Buffer {
  return Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);
}

/**
 * A baseline JPEG (8×8 grey) with a JFIF header, an EXIF block holding a GPS position and a
 * camera make, an XMP packet and a comment. The scan data is a fixed, valid stream.
 */
export function jpegWithGpsExif(): Buffer {
  const jfif = segment(0xe0, Buffer.from([...ascii("JFIF\0"), 1, 1, 0, 0, 1, 0, 1, 0, 0]));
  const exif = segment(0xe1, exifWithGps());
  const xmp = segment(
    0xe1,
    ascii("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>52,31N</exif:GPSLatitude></x:xmpmeta>"),
  );
  const comment = segment(0xfe, ascii("taken at the shelter"));
  const dqt = segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)]));
  const sof = segment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
  // DC table: one code of length 1 for category 0; AC table: one code of length 1 for EOB (0x00).
  const dhtDc = segment(0xc4, Buffer.from([0x00, 1, ...Array(15).fill(0), 0]));
  const dhtAc = segment(0xc4, Buffer.from([0x10, 1, ...Array(15).fill(0), 0]));
  const sos = segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
  // DC diff 0 ("0"), then EOB ("0"), padded with ones: 0b00111111.
  const scan = Buffer.from([0x3f]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    jfif,
    exif,
    xmp,
    comment,
    dqt,
    sof,
    dhtDc,
    dhtAc,
    sos,
    scan,
    Buffer.from([0xff, 0xd9]),
  ]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([ascii(type), data]);
  return Buffer.concat([u32(data.length), typed, u32(crc32(typed))]);
}

/** A 1×1 PNG with a text chunk, an EXIF chunk holding the GPS block and a time chunk. */
export function pngWithMetadata(): Buffer {
  const ihdr = chunk("IHDR", Buffer.concat([u32(1), u32(1), Buffer.from([8, 0, 0, 0, 0])]));
  // zlib stream of one row: filter 0, one grey byte (stored block).
  const idat = chunk(
    "IDAT",
    Buffer.from([0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x81, 0x00, 0x81]),
  );
  const text = chunk("tEXt", ascii("Comment\0taken at the shelter"));
  const exif = chunk("eXIf", exifWithGps().subarray(6));
  const time = chunk("tIME", Buffer.from([0x07, 0xea, 12, 3, 10, 0, 0]));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    ihdr,
    text,
    exif,
    time,
    idat,
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The start of a Windows program (an `MZ` header and the DOS stub), whatever it is named. */
export function windowsExecutable(): Buffer {
  return Buffer.concat([ascii("MZ"), Buffer.alloc(58), u32(64), ascii("This program cannot be run in DOS mode.\r\n$")]);
}

export function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).indexOf(Buffer.from(needle)) !== -1;
}
