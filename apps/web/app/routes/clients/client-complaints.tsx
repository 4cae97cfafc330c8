import { data, Form } from "react-router";
import { ErrorSummary, FieldError, type FormErrors, invalidProps } from "../../components/client/form-errors.tsx";
import { formatDate } from "../../components/client/format-date.ts";
import { useTranslation } from "../../i18n/use-translation.tsx";
import { requireApi } from "../../server/api.server.ts";
import type { Route } from "./+types/client-complaints";
import { type ComplaintValues, loadComplaints, saveComplaint } from "./client-complaints.server.ts";

export async function loader({ params, context }: Route.LoaderArgs) {
  const { caller } = requireApi(context);
  return data(await loadComplaints(caller, params.clientId), { headers: { "cache-control": "no-store" } });
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { caller } = requireApi(context);
  const result = await saveComplaint(caller, params.clientId, await request.formData());
  return data(result, { status: result.ok ? 200 : result.status, headers: { "cache-control": "no-store" } });
}

export function headers() {
  return { "cache-control": "no-store" };
}

type LoaderData = Route.ComponentProps["loaderData"];
type Complaint = LoaderData["complaints"][number];

function Select(props: {
  id: string;
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  errors: FormErrors | undefined;
  empty?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <FieldError errors={props.errors} name={props.name} id={props.id} />
      <select
        id={props.id}
        name={props.name}
        defaultValue={props.value ?? ""}
        {...invalidProps(props.errors, props.name, props.id)}
      >
        {props.empty !== undefined ? <option value="">{props.empty}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function value(values: ComplaintValues | undefined, name: string): string | undefined {
  const v = values?.[name];
  return typeof v === "string" ? v : undefined;
}

/** Records a new complaint. */
function NewComplaint({
  loaderData,
  errors,
  values,
}: {
  loaderData: LoaderData;
  errors?: FormErrors;
  values?: ComplaintValues;
}) {
  const { t } = useTranslation();
  return (
    <section className="card wide" aria-labelledby="complaint-new-heading">
      <h2 id="complaint-new-heading">{t("complaints.new.title")}</h2>
      <p className="hint">{t("complaints.new.hint")}</p>
      <ErrorSummary errors={errors} prefix="new-" />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="create" />
        <div className="field">
          <label htmlFor="new-receivedOn">{t("complaints.field.receivedOn")}</label>
          <FieldError errors={errors} name="receivedOn" id="new-receivedOn" />
          <input
            id="new-receivedOn"
            name="receivedOn"
            type="date"
            required
            defaultValue={value(values, "receivedOn") ?? ""}
            {...invalidProps(errors, "receivedOn", "new-receivedOn")}
          />
        </div>
        <Select
          id="new-channel"
          name="channel"
          label={t("complaints.field.channel")}
          options={loaderData.channels.map((c) => ({ value: c, label: t(`complaint.channel.${c}`) }))}
          value={value(values, "channel")}
          errors={errors}
        />
        <Select
          id="new-madeBy"
          name="madeBy"
          label={t("complaints.field.madeBy")}
          options={loaderData.madeBy.map((c) => ({ value: c, label: t(`complaint.madeBy.${c}`) }))}
          value={value(values, "madeBy")}
          errors={errors}
        />
        <Select
          id="new-subject"
          name="subject"
          label={t("complaints.field.subject")}
          options={loaderData.subjects.map((c) => ({ value: c, label: t(`complaint.subject.${c}`) }))}
          value={value(values, "subject")}
          errors={errors}
        />
        <div className="field">
          <label htmlFor="new-details">{t("complaints.field.details")}</label>
          <p className="hint" id="new-details-hint">
            {t("complaints.field.detailsHint")}
          </p>
          <FieldError errors={errors} name="details" id="new-details" />
          <textarea
            id="new-details"
            name="details"
            rows={4}
            maxLength={loaderData.maxLength}
            defaultValue={value(values, "details") ?? ""}
            aria-describedby="new-details-hint"
          />
        </div>
        <Select
          id="new-handlerUserId"
          name="handlerUserId"
          label={t("complaints.field.handler")}
          options={loaderData.colleagues.map((c) => ({ value: c.userId, label: c.displayName }))}
          value={value(values, "handlerUserId")}
          errors={errors}
          empty={t("complaints.field.noHandler")}
        />
        <button type="submit">{t("complaints.new.save")}</button>
      </Form>
    </section>
  );
}

/** One complaint: what it is about, and the form that moves it on. */
function ComplaintCard(props: {
  complaint: Complaint;
  loaderData: LoaderData;
  errors?: FormErrors;
  values?: ComplaintValues;
}) {
  const { t, i18n } = useTranslation();
  const { complaint: c, loaderData, errors, values } = props;
  const id = (name: string) => `c-${c.id}-${name}`;
  const v = (name: string, fallback: string | null) => value(values, name) ?? fallback ?? "";
  const told = values ? values.toldOutcome === true : c.toldOutcome;
  return (
    <li className="card" aria-labelledby={id("heading")}>
      <h3 id={id("heading")}>
        {t(`complaint.subject.${c.subject}`)} · {t(`complaint.status.${c.status}`)}
      </h3>
      <dl className="facts">
        <dt>{t("complaints.field.receivedOn")}</dt>
        <dd>{formatDate(c.receivedOn, i18n.language)}</dd>
        <dt>{t("complaints.field.channel")}</dt>
        <dd>
          {t(`complaint.channel.${c.channel}`)} · {t(`complaint.madeBy.${c.madeBy}`)}
        </dd>
        <dt>{t("complaints.field.age")}</dt>
        <dd>{t("complaints.ageDays", { count: c.ageDays })}</dd>
        {c.details ? (
          <>
            <dt>{t("complaints.field.details")}</dt>
            <dd className="narrative">{c.details}</dd>
          </>
        ) : null}
        {c.closedOn ? (
          <>
            <dt>{t("complaints.field.closedOn")}</dt>
            <dd>
              {formatDate(c.closedOn, i18n.language)} ·{" "}
              {c.toldOutcome ? t("complaints.toldYes") : t("complaints.toldNo")}
            </dd>
          </>
        ) : null}
      </dl>
      <ErrorSummary errors={errors} prefix={`c-${c.id}-`} />
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="complaintId" value={c.id} />
        <input type="hidden" name="version" value={c.version} />
        <Select
          id={id("status")}
          name="status"
          label={t("complaints.field.status")}
          options={loaderData.statuses.map((s) => ({ value: s, label: t(`complaint.status.${s}`) }))}
          value={v("status", c.status)}
          errors={errors}
        />
        <Select
          id={id("handlerUserId")}
          name="handlerUserId"
          label={t("complaints.field.handler")}
          options={loaderData.colleagues.map((p) => ({ value: p.userId, label: p.displayName }))}
          value={v("handlerUserId", c.handlerId)}
          errors={errors}
          empty={t("complaints.field.noHandler")}
        />
        <div className="field">
          <label htmlFor={id("outcome")}>{t("complaints.field.outcome")}</label>
          <FieldError errors={errors} name="outcome" id={id("outcome")} />
          <textarea
            id={id("outcome")}
            name="outcome"
            rows={3}
            maxLength={loaderData.maxLength}
            defaultValue={v("outcome", c.outcome)}
            {...invalidProps(errors, "outcome", id("outcome"))}
          />
        </div>
        <div className="field">
          <label htmlFor={id("closedOn")}>{t("complaints.field.closedOn")}</label>
          <FieldError errors={errors} name="closedOn" id={id("closedOn")} />
          <input
            id={id("closedOn")}
            name="closedOn"
            type="date"
            defaultValue={v("closedOn", c.closedOn)}
            {...invalidProps(errors, "closedOn", id("closedOn"))}
          />
        </div>
        <div className="field checkbox">
          <FieldError errors={errors} name="toldOutcome" id={id("toldOutcome")} />
          <input id={id("toldOutcome")} name="toldOutcome" type="checkbox" defaultChecked={told} />
          <label htmlFor={id("toldOutcome")}>{t("complaints.field.toldOutcome")}</label>
        </div>
        <button type="submit" className="secondary">
          {t("complaints.update.save")}
        </button>
      </Form>
    </li>
  );
}

/** Her complaints about the service (P10): recorded, answered, and whether she was told the outcome. */
export default function ClientComplaints({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const failed = actionData && !actionData.ok ? actionData : undefined;
  const saved = actionData?.ok ? actionData.intent : undefined;
  return (
    <div className="complaints">
      <h2>{t("complaints.client.title")}</h2>
      <p>{t("complaints.client.intro")}</p>
      {saved ? (
        <p className="notice" role="status">
          {t(saved === "create" ? "complaints.new.saved" : "complaints.update.saved")}
        </p>
      ) : null}
      {loaderData.complaints.length === 0 ? <p className="muted">{t("complaints.client.none")}</p> : null}
      <ul className="complaint-list">
        {loaderData.complaints.map((complaint) => {
          const mine = failed?.intent === "update" && failed.complaintId === complaint.id;
          return (
            <ComplaintCard
              key={`${complaint.id}-${complaint.version}`}
              complaint={complaint}
              loaderData={loaderData}
              errors={mine ? failed.errors : undefined}
              values={mine ? failed.values : undefined}
            />
          );
        })}
      </ul>
      <NewComplaint
        key={saved === "create" ? "saved" : "new"}
        loaderData={loaderData}
        errors={failed?.intent === "create" ? failed.errors : undefined}
        values={failed?.intent === "create" ? failed.values : undefined}
      />
    </div>
  );
}
