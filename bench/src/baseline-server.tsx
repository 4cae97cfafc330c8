// The baseline: a bare node:http handler running the endpoints' essential SQL with the
// `postgres` driver (or PGlite on the same folder, in this process only) and answering JSON,
// or, for the SSR pages, renderToString of a plain component tree with the same data. No
// router, framework, session, tenant transaction or audit: the practical limit of the machine.
// Started by main.ts as its own process: `tsx src/baseline-server.tsx` with BENCH_PORT and
// DATABASE_URL or BENCH_PGLITE_DIR.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { renderToString } from "react-dom/server";

type Query = (text: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

async function openDatabase(): Promise<{ query: Query; close(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const sql = postgres(url, { max: 10, onnotice: () => {} });
    return {
      query: (text, params) => sql.unsafe(text, params as never[]) as Promise<Record<string, unknown>[]>,
      close: () => sql.end({ timeout: 5 }),
    };
  }
  const dir = process.env.BENCH_PGLITE_DIR;
  if (!dir) throw new Error("DATABASE_URL or BENCH_PGLITE_DIR is required");
  const pg = new PGlite(dir);
  await pg.waitReady;
  return {
    query: async (text, params) => (await pg.query<Record<string, unknown>>(text, params)).rows,
    close: () => pg.close(),
  };
}

// ── The essential SQL (the same queries the API runs, minus tenant transaction and audit) ──

/** clients.list for a caseworker: her clients and those shared with her, first page of 50, plus the two signal queries. */
async function caseload(query: Query, org: string, user: string, today: string) {
  const rows = await query(
    `select c.id, c.pseudonym, c.status, c.next_review_date, c.caseworker_id, u.display_name as caseworker_name
       from clients c left join users u on u.id = c.caseworker_id
      where c.organisation_id = $1 and (c.caseworker_id = $2 or c.id in (select client_id from client_shares where organisation_id = $1 and user_id = $2))
      order by c.pseudonym, c.id limit 51`,
    [org, user],
  );
  const ids = rows.slice(0, 50).map((r) => r.id as string);
  const overdue = await query(
    `select client_id, count(*)::int as n from actions where organisation_id = $1 and client_id = any($2::uuid[]) and status in ('planned','in-progress') and due_date < $3 group by client_id`,
    [org, ids, today],
  );
  const risks = await query(
    `select distinct on (client_id) client_id, content from assessments where organisation_id = $1 and client_id = any($2::uuid[]) and kind = 'risk' order by client_id, version desc`,
    [org, ids],
  );
  return { items: rows.slice(0, 50), overdue, risks };
}

/** loadPlanBundle's seven queries. */
async function plan(query: Query, org: string, clientId: string) {
  const [client] = await query(`select * from clients where id = $1 and organisation_id = $2`, [clientId, org]);
  const [planRow] = await query(`select * from plans where client_id = $1 and organisation_id = $2`, [clientId, org]);
  const planId = planRow?.id ?? null;
  const goals = await query(
    `select * from goals where organisation_id = $1 and plan_id = $2 order by position, created_at`,
    [org, planId],
  );
  const actions = await query(
    `select * from actions where organisation_id = $1 and plan_id = $2 order by position, created_at`,
    [org, planId],
  );
  const latest = await query(
    `select distinct on (kind) kind, version, assessed_on, content from assessments where organisation_id = $1 and client_id = $2 and kind in ('needs','risk') order by kind, version desc`,
    [org, clientId],
  );
  const ladder = await query(
    `select kind, version, assessed_on, content from assessments where organisation_id = $1 and client_id = $2 and kind = 'ladder' order by version`,
    [org, clientId],
  );
  const reviews = await query(
    `select reviewed_on, housing_rated_safe from reviews where organisation_id = $1 and client_id = $2 order by reviewed_on desc limit 100`,
    [org, clientId],
  );
  return { client, plan: planRow ?? null, goals, actions, latest, ladder, reviews };
}

type PlanUpdate = { clientId: string; planId: string; version: number; fields: Record<string, unknown> };

/** bumpPlan: the versioned update; no row → CONFLICT when the plan exists. */
async function planUpdate(query: Query, org: string, input: PlanUpdate): Promise<{ status: number; body: unknown }> {
  const f = input.fields;
  const [row] = await query(
    `update plans set agreed_by_client = $1, agreed_on = $2, conditions_imposed = $3::text[], accommodation_single_sex = $4, accommodation_rated_safe = $5,
            last_safety_review_date = $6, version = version + 1, updated_at = now()
      where id = $7 and client_id = $8 and organisation_id = $9 and version = $10 returning *`,
    [
      f.agreedByClient,
      f.agreedOn,
      f.conditionsImposed,
      f.accommodationSingleSex,
      f.accommodationRatedSafe,
      f.lastSafetyReviewDate,
      input.planId,
      input.clientId,
      org,
      input.version,
    ],
  );
  if (row) return { status: 200, body: { result: { data: row } } };
  const [current] = await query(`select version from plans where id = $1 and client_id = $2 and organisation_id = $3`, [
    input.planId,
    input.clientId,
    org,
  ]);
  return current
    ? { status: 409, body: { error: { code: "CONFLICT" } } }
    : { status: 404, body: { error: { code: "NOT_FOUND" } } };
}

/** The dashboards' essential aggregate: a quarter's domain × status counts of one organisation's active clients. */
function quarter(query: Query, org: string, from: string, to: string) {
  return query(
    `select a.domain, a.status, count(*)::int as n from actions a join clients c on c.id = a.client_id
      where c.organisation_id = $1 and a.organisation_id = $1 and c.first_contact_date <= $3 and (c.closed_on is null or c.closed_on >= $2)
      group by a.domain, a.status order by a.domain, a.status`,
    [org, from, to],
  );
}

// ── Plain component trees (no router, no framework) ──

type Row = Record<string, unknown>;
const text = (v: unknown) =>
  v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

function Page({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <title>{title}</title>
      </head>
      <body>
        <main>
          <h1>{title}</h1>
          {children}
        </main>
      </body>
    </html>
  );
}

function CaseloadPage({ items, overdue }: { items: Row[]; overdue: Row[] }) {
  const overdueOf = new Map(overdue.map((o) => [o.client_id, o.n]));
  return (
    <Page title="Caseload">
      <table>
        <thead>
          <tr>
            <th>Pseudonym</th>
            <th>Status</th>
            <th>Next review</th>
            <th>Caseworker</th>
            <th>Overdue</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={text(c.id)}>
              <td>
                <a href={`/clients/${text(c.id)}`}>{text(c.pseudonym)}</a>
              </td>
              <td>{text(c.status)}</td>
              <td>{text(c.next_review_date)}</td>
              <td>{text(c.caseworker_name)}</td>
              <td>{text(overdueOf.get(c.id) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

function PlanPage({ client, goals, actions }: { client: Row | undefined; goals: Row[]; actions: Row[] }) {
  return (
    <Page title={`Plan · ${text(client?.pseudonym)}`}>
      <h2>Goals</h2>
      <ol>
        {goals.map((g) => (
          <li key={text(g.id)}>
            {text(g.domain)}: {text(g.text ?? g.text_cipher)} (level {text(g.current_gas_level)})
          </li>
        ))}
      </ol>
      <h2>Actions</h2>
      <table>
        <thead>
          <tr>
            <th>Domain</th>
            <th>Action</th>
            <th>Due</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={text(a.id)}>
              <td>{text(a.domain)}</td>
              <td>{text(a.catalogue_action_id ?? a.free_text)}</td>
              <td>{text(a.due_date)}</td>
              <td>{text(a.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Page>
  );
}

// ── The handler ──

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

const db = await openDatabase();
const today = new Date().toISOString().slice(0, 10);
const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const p = (name: string) => url.searchParams.get(name) ?? "";
    switch (url.pathname) {
      case "/healthz":
        return send(res, 200, "text/plain", "ok");
      case "/caseload":
        return send(res, 200, "application/json", JSON.stringify(await caseload(db.query, p("org"), p("user"), today)));
      case "/caseload.html": {
        const data = await caseload(db.query, p("org"), p("user"), today);
        return send(
          res,
          200,
          "text/html",
          `<!DOCTYPE html>${renderToString(<CaseloadPage items={data.items} overdue={data.overdue} />)}`,
        );
      }
      case "/plan":
        return send(res, 200, "application/json", JSON.stringify(await plan(db.query, p("org"), p("client"))));
      case "/plan.html": {
        const data = await plan(db.query, p("org"), p("client"));
        return send(
          res,
          200,
          "text/html",
          `<!DOCTYPE html>${renderToString(<PlanPage client={data.client} goals={data.goals} actions={data.actions} />)}`,
        );
      }
      case "/plan-update": {
        const result = await planUpdate(db.query, p("org"), JSON.parse(await readBody(req)) as PlanUpdate);
        return send(res, result.status, "application/json", JSON.stringify(result.body));
      }
      case "/quarter":
        return send(
          res,
          200,
          "application/json",
          JSON.stringify(await quarter(db.query, p("org"), p("from"), p("to"))),
        );
      default:
        return send(res, 404, "text/plain", "not found");
    }
  } catch (error) {
    console.error("baseline request failed:", (error as Error).message);
    return send(res, 500, "text/plain", "error");
  }
});
server.listen(Number(process.env.BENCH_PORT ?? 0), "127.0.0.1", () => {
  const address = server.address();
  console.log(`baseline listening on ${typeof address === "object" && address ? address.port : "?"}`);
});
const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
