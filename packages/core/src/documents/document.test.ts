import { describe, expect, it } from "vitest";
import { detectDocumentContent, documentFileName } from "./document.ts";
import { stripJpegMetadata, stripPngMetadata } from "./strip-metadata.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("detectDocumentContent", () => {
  it.each([
    ["PDF", text("%PDF-1.7\n…"), "application/pdf"],
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16), "image/jpeg"],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
  ])("recognises a %s by its first bytes", (_name, content, contentType) => {
    expect(detectDocumentContent(content)).toEqual({ ok: true, contentType });
  });

  it.each([
    ["a Windows program", text("MZ\x90\0\x03")],
    ["an ELF program", bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1)],
    ["a script", text("#!/bin/sh\nrm -rf /")],
  ])("names %s as a program", (_name, content) => {
    expect(detectDocumentContent(content)).toEqual({ ok: false, reason: "executable" });
  });

  it("refuses anything else and an empty file", () => {
    expect(detectDocumentContent(text("<html><script>"))).toEqual({ ok: false, reason: "unsupported" });
    expect(detectDocumentContent(text("%PD"))).toEqual({ ok: false, reason: "unsupported" });
    expect(detectDocumentContent(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
  });
});

describe("stripJpegMetadata", () => {
  const segment = (marker: number, payload: Uint8Array) =>
    bytes(0xff, marker, ((payload.length + 2) >> 8) & 0xff, (payload.length + 2) & 0xff, ...payload);
  const jfif = segment(0xe0, text("JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
  const icc = segment(0xe2, text("ICC_PROFILE\0\x01\x01abc"));
  const exif = segment(0xe1, text("Exif\0\0MM\0*GPS 52N"));
  const comment = segment(0xfe, text("at the shelter"));
  const dqt = segment(0xdb, new Uint8Array(65));
  const scan = bytes(0xff, 0xda, 0, 8, 1, 1, 0, 0, 63, 0, 0x3f, 0xff, 0xd9);
  const jpeg = new Uint8Array([0xff, 0xd8, ...jfif, ...exif, ...icc, ...comment, ...dqt, ...scan]);

  it("drops EXIF, comments and other APPn; keeps JFIF, ICC, tables and the scan", () => {
    expect(Array.from(stripJpegMetadata(jpeg))).toEqual([0xff, 0xd8, ...jfif, ...icc, ...dqt, ...scan]);
  });

  it("refuses a JPEG whose segment runs past the end", () => {
    expect(() => stripJpegMetadata(bytes(0xff, 0xd8, 0xff, 0xe1, 0x10, 0x00, 1, 2))).toThrow(
      "document.error.malformed",
    );
  });
});

describe("stripPngMetadata", () => {
  const chunk = (type: string, data: Uint8Array) => bytes(0, 0, 0, data.length, ...text(type), ...data, 1, 2, 3, 4);
  const signature = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
  const ihdr = chunk("IHDR", new Uint8Array(13));
  const idat = chunk("IDAT", bytes(1, 2, 3));
  const iend = chunk("IEND", new Uint8Array());

  it("drops tEXt, zTXt, iTXt, eXIf and tIME and keeps the image chunks", () => {
    const png = new Uint8Array([
      ...signature,
      ...ihdr,
      ...chunk("tEXt", text("GPS\x2aN")),
      ...chunk("zTXt", text("a")),
      ...chunk("iTXt", text("b")),
      ...chunk("eXIf", text("MM\0*")),
      ...chunk("tIME", bytes(7, 234, 1, 1, 0, 0, 0)),
      ...idat,
      ...iend,
    ]);
    expect(Array.from(stripPngMetadata(png))).toEqual([...signature, ...ihdr, ...idat, ...iend]);
  });

  it("refuses a PNG without its end chunk", () => {
    expect(() => stripPngMetadata(new Uint8Array([...signature, ...ihdr]))).toThrow("document.error.malformed");
  });
});

describe("documentFileName", () => {
  it("names the kind and the date, nothing about her", () => {
    expect(documentFileName("permit-decision", new Date("2026-12-03T10:00:00Z"), "application/pdf")).toBe(
      "permit-decision-2026-12-03.pdf",
    );
  });
});
