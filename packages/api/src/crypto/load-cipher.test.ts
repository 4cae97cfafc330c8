import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateKey } from "./field-cipher.ts";
import { embeddedKeyPath, loadFieldCipher } from "./load-cipher.ts";

const dir = mkdtempSync(join(tmpdir(), "gesim-key-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("loadFieldCipher", () => {
  it("uses the configured key, and previous keys for reading", () => {
    const old = loadFieldCipher({ activeKey: generateKey() }).cipher;
    const encrypted = old.encrypt("x");
    const oldKey = generateKey();
    const withOld = loadFieldCipher({ activeKey: generateKey(), previousKeys: ` ${oldKey} ,` });
    expect(withOld.warning).toBeNull();
    expect(() => withOld.cipher.decrypt(encrypted)).toThrow();
    const reader = loadFieldCipher({ activeKey: generateKey(), previousKeys: oldKey }).cipher;
    expect(reader.decrypt(loadFieldCipher({ activeKey: oldKey }).cipher.encrypt("y"))).toBe("y");
  });

  it("generates a 0600 key beside an embedded database, warns, and reuses it", () => {
    const dataDir = join(dir, "nested", "pglite");
    const first = loadFieldCipher({ embeddedDataDir: dataDir });
    expect(first.warning).toMatch(/GESIM_ENCRYPTION_KEY/);
    expect(statSync(embeddedKeyPath(dataDir)).mode & 0o777).toBe(0o600);
    const second = loadFieldCipher({ embeddedDataDir: dataDir });
    expect(second.cipher.decrypt(first.cipher.encrypt("kept"))).toBe("kept");
  });

  it("refuses to run against a server without a key", () => {
    expect(() => loadFieldCipher({})).toThrow(/GESIM_ENCRYPTION_KEY is required/);
  });

  it("rejects a malformed key", () => {
    expect(() => loadFieldCipher({ activeKey: "too-short" })).toThrow(/32 random bytes/);
  });
});
