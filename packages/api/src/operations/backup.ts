import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { asc, count, type Database, eq, inArray, memberships, organisations, sql, type Table, users } from "@gesim/db";
import { AuditSealingError, sealPendingAuditEvents, verifyAuditChains } from "../audit/record-audit.ts";
import { checkPassphrase } from "./backup-secret.ts";
import { BACKUP_TABLES, orderColumns, reviveRow, tableName } from "./backup-tables.ts";

export type BackupScope = { organisationId: string } | "all";

export type BackupManifest = {
  format: "gesim-backup";
  version: 1;
  createdAt: string;
  scope: BackupScope;
  tables: { name: string; rows: number; sha256: string }[];
};

export type BackupContent = {
  manifest: BackupManifest;
  data: Record<string, Record<string, unknown>[]>;
  /**
   * The embedded database's field keys (base64, the active one first) when it keeps them in its
   * key file: without them its identities and notes could not be read after a restore. Protected
   * by the backup's secret like the data. Never set for a server (its key stays apart, ADR 004).
   */
  fieldKeys?: string[];
};
export type Progress = (table: string, tablesDone: number, tablesTotal: number) => void;

export class BackupError extends Error {
  override name = "BackupError";
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function scopeFilter(table: Table, scope: BackupScope, orgUserIds: readonly string[]) {
  if (scope === "all") return undefined;
  const columns = table as unknown as Record<string, unknown>;
  const name = tableName(table);
  if (name === "organisations") return eq(organisations.id, scope.organisationId);
  if (name === "users") return orgUserIds.length > 0 ? inArray(users.id, [...orgUserIds]) : sql`false`;
  if (name === "audit_chain_heads" || name === "audit_events") return sql`chain = ${scope.organisationId}`;
  // Funding relationships span organisations: one organisation's backup holds those it is linked to.
  const linked = sql`(select l.relationship_id from funding_relationship_organisations l where l.organisation_id = ${scope.organisationId})`;
  if (name === "funding_relationships") return sql`id in ${linked}`;
  if (name === "funding_relationship_members")
    return sql`relationship_id in ${linked} and ${orgUserIds.length > 0 ? inArray(sql`user_id`, [...orgUserIds]) : sql`false`}`;
  if (name === "privacy_budget_spends") return sql`relationship_id in ${linked}`;
  // Stored releases: only those covering this organisation (the others hold other organisations' aggregates).
  if (name === "funder_releases")
    return sql`relationship_id in ${linked} and position(${scope.organisationId} in organisations) > 0`;
  if ("organisationId" in columns) return sql`organisation_id = ${scope.organisationId}`;
  throw new BackupError(`no organisation scope for table ${name}`);
}

/**
 * Reads every table (or one organisation's rows) in one repeatable-read transaction, so the
 * backup is a consistent snapshot while the server keeps running. Rows come in primary-key
 * order, so two backups of the same data are identical.
 */
export async function readBackupContent(
  db: Database,
  scope: BackupScope,
  now: Date,
  onProgress?: Progress,
): Promise<BackupContent> {
  // Chain what is pending first, so the backup's chains verify whole (ADR 010).
  // A chain that cannot be sealed is backed up as it is (restore's verification will say so).
  await sealPendingAuditEvents(db, scope === "all" ? {} : { chain: scope.organisationId }).catch((error: unknown) => {
    if (!(error instanceof AuditSealingError)) throw error;
  });
  return db.transaction(
    async (tx) => {
      const orgUserIds =
        scope === "all"
          ? []
          : (
              await tx
                .select({ userId: memberships.userId })
                .from(memberships)
                .where(eq(memberships.organisationId, scope.organisationId))
            ).map((m) => m.userId);
      const data: BackupContent["data"] = {};
      const tables: BackupManifest["tables"] = [];
      for (const [index, table] of BACKUP_TABLES.entries()) {
        const name = tableName(table);
        onProgress?.(name, index, BACKUP_TABLES.length);
        const rows = (await tx
          .select()
          .from(table as Table)
          .where(scopeFilter(table, scope, orgUserIds))
          .orderBy(...orderColumns(table).map((column) => asc(column)))) as Record<string, unknown>[];
        // The whole ledger of a linked relationship is kept (so a restore cannot overspend); who spent it only for her own users.
        const scoped =
          name === "privacy_budget_spends" && scope !== "all"
            ? rows.map((r) => (orgUserIds.includes(String(r.spentBy)) ? r : { ...r, spentBy: null }))
            : rows;
        data[name] = JSON.parse(JSON.stringify(scoped)) as Record<string, unknown>[];
        tables.push({ name, rows: rows.length, sha256: sha256(JSON.stringify(data[name])) });
      }
      onProgress?.("done", BACKUP_TABLES.length, BACKUP_TABLES.length);
      return { manifest: { format: "gesim-backup", version: 1, createdAt: now.toISOString(), scope, tables }, data };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
}

const MAGIC = Buffer.from("GESIMBK1");

export type BackupSecret = { key: Buffer } | { passphrase: string };
type Header = { kdf: "key" | "scrypt"; salt?: string; iv: string };

function deriveKey(secret: BackupSecret, header: Header): Buffer {
  if ("key" in secret) {
    if (header.kdf !== "key") throw new BackupError("this backup was made with a passphrase; give the passphrase");
    return secret.key;
  }
  if (header.kdf !== "scrypt" || !header.salt)
    throw new BackupError("this backup was made with a key; set GESIM_BACKUP_KEY");
  return scryptSync(secret.passphrase, Buffer.from(header.salt, "base64"), 32, {
    N: 2 ** 15,
    r: 8,
    p: 1,
    maxmem: 64 * 1024 * 1024,
  });
}

/** gzip, then AES-256-GCM; the header (not secret) is authenticated with the data. */
export function encryptBackup(content: BackupContent, secret: BackupSecret): Buffer {
  if ("passphrase" in secret) checkPassphrase(secret.passphrase);
  const header: Header = { kdf: "key" in secret ? "key" : "scrypt", iv: randomBytes(12).toString("base64") };
  if (header.kdf === "scrypt") header.salt = randomBytes(16).toString("base64");
  const headerBytes = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(secret, header), Buffer.from(header.iv, "base64"));
  cipher.setAAD(Buffer.concat([MAGIC, length, headerBytes]));
  const body = Buffer.concat([cipher.update(gzipSync(JSON.stringify(content))), cipher.final()]);
  return Buffer.concat([MAGIC, length, headerBytes, body, cipher.getAuthTag()]);
}

/**
 * Checks a file's frame before any secret is asked for: the magic bytes, the header length and
 * the header itself. A damaged or foreign file is refused with one line.
 */
export function readBackupHeader(file: Buffer): { header: Header; headerLength: number } {
  if (file.length < 28 || !file.subarray(0, 8).equals(MAGIC)) throw new BackupError("not a GeSIM Planner backup file");
  const headerLength = file.readUInt32BE(8);
  if (headerLength < 2 || 12 + headerLength + 16 > file.length)
    throw new BackupError("the backup file is damaged (its header length is wrong)");
  let header: Header;
  try {
    header = JSON.parse(file.subarray(12, 12 + headerLength).toString("utf8")) as Header;
  } catch {
    throw new BackupError("the backup file is damaged (its header does not read)");
  }
  const validKdf = header?.kdf === "key" || (header?.kdf === "scrypt" && typeof header.salt === "string");
  if (!validKdf || typeof header.iv !== "string" || Buffer.from(header.iv, "base64").length !== 12)
    throw new BackupError("the backup file is damaged (its header does not read)");
  return { header, headerLength };
}

/** Decrypts and checks a backup: wrong secret, a changed byte or a wrong checksum all refuse. */
export function decryptBackup(file: Buffer, secret: BackupSecret): BackupContent {
  const { header, headerLength } = readBackupHeader(file);
  const decipher = createDecipheriv("aes-256-gcm", deriveKey(secret, header), Buffer.from(header.iv, "base64"));
  decipher.setAAD(file.subarray(0, 12 + headerLength));
  decipher.setAuthTag(file.subarray(file.length - 16));
  let plain: Buffer;
  try {
    plain = Buffer.concat([decipher.update(file.subarray(12 + headerLength, file.length - 16)), decipher.final()]);
  } catch {
    throw new BackupError("the backup could not be decrypted: wrong key or passphrase, or the file was changed");
  }
  let content: BackupContent;
  try {
    content = JSON.parse(gunzipSync(plain).toString("utf8")) as BackupContent;
  } catch {
    throw new BackupError("the backup's content does not read (unsupported format)");
  }
  if (content.manifest?.format !== "gesim-backup" || content.manifest.version !== 1)
    throw new BackupError("unsupported backup format");
  for (const entry of content.manifest.tables) {
    const rows = content.data[entry.name] ?? [];
    if (rows.length !== entry.rows || sha256(JSON.stringify(rows)) !== entry.sha256)
      throw new BackupError(`checksum mismatch in table ${entry.name}`);
  }
  return content;
}

/**
 * A backup taken before audit sealing (migration 0007) has chained events without `seq`: they
 * were chained in id order, so they are numbered so, as the migration did, and their heads get
 * `last_seq`. Only the restored chains are touched; the verification that follows judges them.
 */
async function numberChainsOfOlderBackup(tx: Database, content: BackupContent): Promise<void> {
  const events = content.data.audit_events ?? [];
  if (!events.some((row) => !("seq" in row))) return;
  const chains = [...new Set(events.map((row) => String(row.chain)))];
  const restored = sql.join(
    chains.map((chain) => sql`${chain}`),
    sql`, `,
  );
  await tx.execute(sql`update audit_events as e set seq = n.seq
    from (select id, row_number() over (partition by chain order by id) as seq from audit_events where chain in (${restored}) and seq is null and hash is not null) as n
    where n.id = e.id`);
  await tx.execute(
    sql`update audit_chain_heads as h set last_seq = coalesce((select max(e.seq) from audit_events e where e.chain = h.chain), 0) where h.chain in (${restored})`,
  );
}

/**
 * Restores into an empty database (or, with `intoNonEmpty`, next to other organisations) in
 * one transaction: every row is written, the audit chains are verified, and only then is
 * anything committed.
 */
export async function restoreBackup(
  db: Database,
  content: BackupContent,
  options: { intoNonEmpty?: boolean; onProgress?: Progress } = {},
) {
  const [existing] = await db.select({ n: count() }).from(organisations);
  if ((existing?.n ?? 0) > 0 && !options.intoNonEmpty)
    throw new BackupError("the target database is not empty; use --force to restore into it anyway");
  await db.transaction(async (tx) => {
    // Audit rows go back as they were (migration 0012 refuses them from anyone else).
    await tx.execute(sql`select set_config('gesim.audit_restore', 'on', true)`);
    for (const [index, table] of BACKUP_TABLES.entries()) {
      const name = tableName(table);
      options.onProgress?.(name, index, BACKUP_TABLES.length);
      const rows = (content.data[name] ?? []).map((row) => reviveRow(table, row));
      for (let start = 0; start < rows.length; start += 500) {
        await tx.insert(table as Table).values(rows.slice(start, start + 500) as never);
      }
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((select max(id) from audit_events), 0) + 1, false)`,
    );
    await numberChainsOfOlderBackup(tx, content);
    const broken = (await verifyAuditChains(tx)).filter((chain) => !chain.ok);
    if (broken.length > 0)
      throw new BackupError(`the audit chain does not verify (${broken.length} chain(s)); nothing was restored`);
  });
  options.onProgress?.("done", BACKUP_TABLES.length, BACKUP_TABLES.length);
  return { tables: content.manifest.tables };
}
