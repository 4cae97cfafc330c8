import { data, Form } from "react-router";
import { ErrorSummary, FieldError, invalidProps } from "../../components/client/form-errors.tsx";
import { formatDateTime } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/admin-funding";
import { handleFundingAction, loadFunding } from "./admin-funding.server.ts";

/** Funding relationships (issue 17): administrators change them, managers read them and the budget ledger. */
function fundingCaller(context: Route.LoaderArgs["context"]) {
  const { caller, session } = requireApi(context);
  if (session.role !== "admin" && session.role !== "manager") throw data(null, { status: 403 });
  return { caller, isAdmin: session.role === "admin" };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const { caller, isAdmin } = fundingCaller(context);
  return { ...(await loadFunding(caller, new URL(request.url), isAdmin)), isAdmin };
}

export async function action({ request, context }: Route.ActionArgs) {
  const { caller, isAdmin } = fundingCaller(context);
  if (!isAdmin) throw data(null, { status: 403 });
  return handleFundingAction(caller, request);
}

export default function AdminFunding({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation();
  const { relationships, ledger, funders, done, isAdmin } = loaderData;
  const failedFor = (intent: string, relationshipId = "") =>
    actionData?.intent === intent && actionData.relationshipId === relationshipId ? actionData : null;
  const created = failedFor("create");
  const linked = failedFor("link");
  const epsilonText = (epsilon: number | null) =>
    epsilon === null ? t("adminFunding.noEpsilon") : t("adminFunding.epsilonValue", { epsilon: String(epsilon) });
  return (
    <div>
      <title>{`${t("adminFunding.title")} · ${t("app.name")}`}</title>
      <h1>{t("adminFunding.title")}</h1>
      <p>{t("adminFunding.intro")}</p>
      {done ? (
        <p className="notice" role="status">
          {t(`adminFunding.done.${done}`)}
        </p>
      ) : null}
      {relationships.length === 0 ? <p>{t("adminFunding.none")}</p> : null}
      {relationships.map((r) => {
        const failed = actionData && actionData.relationshipId === r.relationshipId ? actionData : null;
        const members = new Set(r.members.map((m) => m.userId));
        const candidates = funders.filter((f) => !members.has(f.userId));
        return (
          <section key={r.relationshipId} aria-labelledby={`rel-${r.relationshipId}`} className="card">
            <h2 id={`rel-${r.relationshipId}`}>{r.name}</h2>
            <dl className="facts">
              <dt>{t("adminFunding.organisations")}</dt>
              <dd>{r.linkedOrganisations.map((o) => o.name).join(", ")}</dd>
              <dt>{t("adminFunding.epsilon")}</dt>
              <dd>{epsilonText(r.epsilonPerPeriod)}</dd>
              <dt>{t("adminFunding.reference")}</dt>
              <dd>
                <code>{r.relationshipId}</code>
              </dd>
              <dt>{t("adminFunding.members")}</dt>
              <dd>
                {r.members.length === 0
                  ? t("adminFunding.noMembers")
                  : r.members
                      .map((m) =>
                        m.seesOurData ? m.displayName : t("adminFunding.memberInactive", { name: m.displayName }),
                      )
                      .join(", ")}
              </dd>
            </dl>
            {isAdmin ? (
              <>
                <ErrorSummary errors={failed?.errors} prefix={`${r.relationshipId}-`} />
                <Form method="post" noValidate className="inline-form">
                  <input type="hidden" name="intent" value="epsilon" />
                  <input type="hidden" name="relationshipId" value={r.relationshipId} />
                  <input type="hidden" name="version" value={r.version} />
                  <div className="field">
                    <label htmlFor={`${r.relationshipId}-epsilonPerPeriod`}>{t("adminFunding.epsilonLabel")}</label>
                    <FieldError
                      errors={failed?.errors}
                      name="epsilonPerPeriod"
                      id={`${r.relationshipId}-epsilonPerPeriod`}
                    />
                    <input
                      id={`${r.relationshipId}-epsilonPerPeriod`}
                      name="epsilonPerPeriod"
                      inputMode="decimal"
                      maxLength={12}
                      defaultValue={
                        failed?.values.epsilonPerPeriod ??
                        (r.epsilonPerPeriod === null ? "" : String(r.epsilonPerPeriod))
                      }
                      {...invalidProps(failed?.errors, "epsilonPerPeriod", `${r.relationshipId}-epsilonPerPeriod`)}
                    />
                  </div>
                  <button type="submit">{t("adminFunding.saveEpsilon")}</button>
                </Form>
                {candidates.length > 0 ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="addMember" />
                    <input type="hidden" name="relationshipId" value={r.relationshipId} />
                    <div className="field">
                      <label htmlFor={`${r.relationshipId}-userId`}>{t("adminFunding.addMember")}</label>
                      <select id={`${r.relationshipId}-userId`} name="userId">
                        {candidates.map((f) => (
                          <option key={f.userId} value={f.userId}>
                            {f.displayName}
                          </option>
                        ))}
                      </select>
                    </div>
                    <button type="submit">{t("adminFunding.add")}</button>
                  </Form>
                ) : null}
                {failed?.joinCode ? (
                  <div className="notice" role="status">
                    <p>
                      {t("adminFunding.joinCode")} <code className="secret join-code">{failed.joinCode.code}</code>
                    </p>
                    <p>
                      {t("adminFunding.joinCodeHint", {
                        expiresAt: formatDateTime(failed.joinCode.expiresAt, i18n.language),
                      })}
                    </p>
                  </div>
                ) : null}
                <Form method="post" className="inline-form">
                  <input type="hidden" name="intent" value="joinCode" />
                  <input type="hidden" name="relationshipId" value={r.relationshipId} />
                  <button type="submit" className="secondary">
                    {t("adminFunding.createJoinCode", { name: r.name })}
                  </button>
                </Form>
                {r.members.map((m) => (
                  <Form method="post" className="inline-form" key={m.userId}>
                    <input type="hidden" name="intent" value="removeMember" />
                    <input type="hidden" name="relationshipId" value={r.relationshipId} />
                    <input type="hidden" name="userId" value={m.userId} />
                    <button type="submit" className="secondary">
                      {t("adminFunding.removeMember", { name: m.displayName })}
                    </button>
                  </Form>
                ))}
              </>
            ) : null}
          </section>
        );
      })}
      <section aria-labelledby="ledger-title">
        <h2 id="ledger-title">{t("adminFunding.ledger")}</h2>
        {ledger.every((r) => r.periods.length === 0) ? (
          <p>{t("adminFunding.ledgerEmpty")}</p>
        ) : (
          <section
            className="table-scroll"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard (axe scrollable-region-focusable)
            tabIndex={0}
            aria-label={t("adminFunding.ledgerCaption")}
          >
            <table className="data-table">
              <caption>{t("adminFunding.ledgerCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("adminFunding.relationship")}</th>
                  <th scope="col">{t("adminFunding.period")}</th>
                  <th scope="col">{t("adminFunding.spent")}</th>
                  <th scope="col">{t("adminFunding.remaining")}</th>
                  <th scope="col">{t("adminFunding.releases")}</th>
                </tr>
              </thead>
              <tbody>
                {ledger.flatMap((r) =>
                  r.periods.map((p) => (
                    <tr key={`${r.relationshipId}-${p.period}`}>
                      <th scope="row">{r.name}</th>
                      <td>{p.period}</td>
                      <td>{p.spent}</td>
                      <td>{p.remaining ?? t("adminFunding.noLimit")}</td>
                      <td>{p.releases}</td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </section>
        )}
      </section>
      {isAdmin ? (
        <>
          <section aria-labelledby="create-title">
            <h2 id="create-title">{t("adminFunding.createTitle")}</h2>
            <Form method="post" noValidate>
              <ErrorSummary errors={created?.errors} prefix="new-" />
              <input type="hidden" name="intent" value="create" />
              <div className="field">
                <label htmlFor="new-name">{t("adminFunding.name")}</label>
                <FieldError errors={created?.errors} name="name" id="new-name" />
                <input
                  id="new-name"
                  name="name"
                  maxLength={200}
                  defaultValue={created?.values.name ?? ""}
                  {...invalidProps(created?.errors, "name", "new-name")}
                />
              </div>
              <div className="field">
                <label htmlFor="new-epsilonPerPeriod">{t("adminFunding.epsilonLabel")}</label>
                <FieldError errors={created?.errors} name="epsilonPerPeriod" id="new-epsilonPerPeriod" />
                <input
                  id="new-epsilonPerPeriod"
                  name="epsilonPerPeriod"
                  inputMode="decimal"
                  maxLength={12}
                  defaultValue={created?.values.epsilonPerPeriod ?? ""}
                  {...invalidProps(created?.errors, "epsilonPerPeriod", "new-epsilonPerPeriod")}
                />
              </div>
              <button type="submit">{t("adminFunding.create")}</button>
            </Form>
          </section>
          <section aria-labelledby="link-title">
            <h2 id="link-title">{t("adminFunding.linkTitle")}</h2>
            <p>{t("adminFunding.linkIntro")}</p>
            <Form method="post" noValidate>
              <ErrorSummary errors={linked?.errors} prefix="link-" />
              <input type="hidden" name="intent" value="link" />
              <div className="field">
                <label htmlFor="link-relationshipId">{t("adminFunding.reference")}</label>
                <FieldError errors={linked?.errors} name="relationshipId" id="link-relationshipId" />
                <input
                  id="link-relationshipId"
                  name="relationshipId"
                  maxLength={40}
                  defaultValue={linked?.values.relationshipId ?? ""}
                  {...invalidProps(linked?.errors, "relationshipId", "link-relationshipId")}
                />
              </div>
              <div className="field">
                <label htmlFor="link-joinCode">{t("adminFunding.joinCodeLabel")}</label>
                <FieldError errors={linked?.errors} name="joinCode" id="link-joinCode" />
                <input
                  id="link-joinCode"
                  name="joinCode"
                  maxLength={40}
                  autoComplete="off"
                  spellCheck={false}
                  defaultValue={linked?.values.joinCode ?? ""}
                  {...invalidProps(linked?.errors, "joinCode", "link-joinCode")}
                />
              </div>
              <button type="submit">{t("adminFunding.link")}</button>
            </Form>
          </section>
        </>
      ) : null}
    </div>
  );
}
